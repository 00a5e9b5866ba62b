#!/usr/bin/env python3
"""Draws the Weft kernel logos, logo-32x32.png, logo-64x64.png and logo-svg.svg, beside this script.

The motif is a small piece of plain weave: vertical warp threads and horizontal weft threads
passing over and under each other in a checkerboard, on a rounded dark tile. Only the standard
library (zlib, struct) is used, so anyone can regenerate the committed PNGs:

    python3 install/kernelspec/make_logos.py
"""
import os
import struct
import zlib

BACKGROUND = (0x1F, 0x2A, 0x44, 255)  # deep indigo tile
WARP = (0xE8, 0xE4, 0xD8, 255)        # undyed linen, vertical
WEFT = (0xF2, 0x9E, 0x1F, 255)        # saffron, horizontal: the thread Weft is named after
SHADOW = (0x10, 0x16, 0x26, 255)      # the gap where a thread dives under the other
CLEAR = (0, 0, 0, 0)

THREADS = 4  # threads each way


def draw(size):
    """The logo as rows of RGBA tuples, size x size."""
    margin = size // 8
    pitch = (size - 2 * margin) / THREADS
    width = max(2, round(pitch * 0.62))
    radius = size // 6
    return [[pixel(x, y, size, margin, pitch, width, radius) for x in range(size)] for y in range(size)]


def pixel(x, y, size, margin, pitch, width, radius):
    if not inside_rounded_square(x, y, size, radius):
        return CLEAR
    warp = thread_at(x, margin, pitch, width)
    weft = thread_at(y, margin, pitch, width)
    if warp is None and weft is None:
        return BACKGROUND
    if warp is not None and weft is not None:
        # In plain weave the weft goes over where (warp + weft) is even.
        return WEFT if weft_over(warp, weft) else WARP
    if warp is not None:
        # A warp pixel right beside a weft thread that lies on top of it is in that thread's shadow.
        for neighbour in (y - 1, y + 1):
            crossing = thread_at(neighbour, margin, pitch, width)
            if crossing is not None and weft_over(warp, crossing):
                return SHADOW
        return WARP
    for neighbour in (x - 1, x + 1):
        crossing = thread_at(neighbour, margin, pitch, width)
        if crossing is not None and not weft_over(crossing, weft):
            return SHADOW
    return WEFT


def weft_over(warp, weft):
    return (warp + weft) % 2 == 0


def thread_at(coordinate, margin, pitch, width):
    """Which thread (0..THREADS-1) covers this coordinate, or None for the gap between threads."""
    offset = coordinate - margin
    if offset < 0:
        return None
    index = int(offset // pitch)
    if index >= THREADS:
        return None
    centre = index * pitch + pitch / 2
    return index if abs(offset + 0.5 - centre) <= width / 2 else None


def inside_rounded_square(x, y, size, radius):
    cx = min(max(x + 0.5, radius), size - radius)
    cy = min(max(y + 0.5, radius), size - radius)
    return (x + 0.5 - cx) ** 2 + (y + 0.5 - cy) ** 2 <= radius ** 2


def png(rows):
    """RGBA rows -> PNG bytes (8-bit colour type 6, no filtering)."""
    height, width = len(rows), len(rows[0])
    raw = b"".join(b"\x00" + bytes(channel for px in row for channel in px) for row in rows)

    def chunk(kind, data):
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body) & 0xFFFFFFFF)

    header = struct.pack(">IIBBBBB", width, height, 8, 6, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header)
            + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))


def svg(size=64):
    """The same weave as vector shapes: warps, then wefts over them, then at each crossing the shadow
    lines on the thread beneath and, where the warp lies on top, its piece over the weft."""
    margin = size // 8
    pitch = (size - 2 * margin) / THREADS
    width = max(2, round(pitch * 0.62))
    start = [margin + i * pitch + (pitch - width) / 2 for i in range(THREADS)]
    shapes = ['<rect width="%d" height="%d" rx="%d" fill="%s"/>' % (size, size, size // 6, hex_colour(BACKGROUND))]
    shapes += [rect(x, 0, width, size, WARP) for x in start]
    shapes += [rect(0, y, size, width, WEFT) for y in start]
    for i, x in enumerate(start):
        for j, y in enumerate(start):
            if weft_over(i, j):
                shapes += [rect(x, y - 1, width, 1, SHADOW), rect(x, y + width, width, 1, SHADOW)]
            else:
                shapes += [rect(x - 1, y, 1, width, SHADOW), rect(x + width, y, 1, width, SHADOW),
                           rect(x, y, width, width, WARP)]
    return ('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 %d %d" width="%d" height="%d">\n'
            '<clipPath id="tile"><rect width="%d" height="%d" rx="%d"/></clipPath>\n<g clip-path="url(#tile)">\n%s\n</g>\n</svg>\n'
            % (size, size, size, size, size, size, size // 6, "\n".join(shapes)))


def rect(x, y, w, h, colour):
    return '<rect x="%g" y="%g" width="%g" height="%g" fill="%s"/>' % (x, y, w, h, hex_colour(colour))


def hex_colour(rgba):
    return "#%02x%02x%02x" % rgba[:3]


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    for size in (32, 64):
        path = os.path.join(here, "logo-%dx%d.png" % (size, size))
        with open(path, "wb") as out:
            out.write(png(draw(size)))
        print("wrote", path)
    path = os.path.join(here, "logo-svg.svg")
    with open(path, "w") as out:
        out.write(svg())
    print("wrote", path)


if __name__ == "__main__":
    main()
