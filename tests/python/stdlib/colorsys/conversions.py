# colorsys round trips between RGB and YIQ, HLS and HSV.
import colorsys

colors = [(0.0, 0.0, 0.0), (1.0, 1.0, 1.0), (1.0, 0.0, 0.0), (0.0, 1.0, 0.0), (0.0, 0.0, 1.0), (0.2, 0.4, 0.6),
          (0.9, 0.1, 0.5), (0.5, 0.5, 0.5), (0.25, 0.75, 0.1), (1.0, 0.5, 0.0)]
for rgb in colors:
    yiq = colorsys.rgb_to_yiq(*rgb)
    hls = colorsys.rgb_to_hls(*rgb)
    hsv = colorsys.rgb_to_hsv(*rgb)
    print(rgb, yiq, hls, hsv)
    print("  ", colorsys.yiq_to_rgb(*yiq), colorsys.hls_to_rgb(*hls), colorsys.hsv_to_rgb(*hsv))
for h in [0.0, 0.1, 0.3, 0.5, 0.7, 0.95, 1.0]:
    print(h, colorsys.hsv_to_rgb(h, 0.5, 0.8), colorsys.hls_to_rgb(h, 0.3, 0.6), colorsys.hls_to_rgb(h, 0.7, 0.6))
print(colorsys.yiq_to_rgb(1.0, 1.0, 1.0), colorsys.yiq_to_rgb(0.0, -1.0, -1.0))
