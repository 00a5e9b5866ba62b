# audioop: sample statistics, arithmetic, width conversion, G.711 and IMA ADPCM codecs
import warnings
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter('always')
    import audioop
print([(w.category.__name__, str(w.message)) for w in caught])
import random
rng = random.Random(7)
for width in (1, 2, 3, 4):
    data = bytes(rng.randrange(256) for _ in range(width * 12))
    other = bytes(rng.randrange(256) for _ in range(width * 12))
    print(width, audioop.max(data, width), audioop.minmax(data, width), audioop.avg(data, width),
          audioop.rms(data, width), audioop.avgpp(data, width), audioop.maxpp(data, width), audioop.cross(data, width))
    print('  ', audioop.mul(data, width, 1.7).hex(), audioop.add(data, other, width).hex())
    print('  ', audioop.bias(data, width, 300).hex(), audioop.reverse(data, width).hex(), audioop.byteswap(data, width).hex())
    print('  ', audioop.lin2lin(data, width, 2).hex(), audioop.tomono(data, width, 0.5, 0.5).hex(),
          audioop.tostereo(data[:width * 2], width, 1, -0.5).hex(), audioop.getsample(data, width, 3))
    print('  ', audioop.lin2ulaw(data, width).hex(), audioop.lin2alaw(data, width).hex(),
          audioop.ulaw2lin(data[:4], width).hex(), audioop.alaw2lin(data[:4], width).hex())
    adpcm, state = audioop.lin2adpcm(data, width, None)
    print('  ', adpcm.hex(), state, audioop.adpcm2lin(adpcm, width, None)[0][:8].hex(), audioop.adpcm2lin(adpcm, width, state)[1])
frag = bytes(rng.randrange(256) for _ in range(40))
print(audioop.findmax(frag, 5), audioop.findfit(frag, frag[10:20]), round(audioop.findfactor(frag[:10], frag[10:20]), 12))
print(audioop.minmax(b'', 2), audioop.cross(b'', 2), audioop.avg(b'', 2), audioop.rms(b'', 1))
for fn, args in [(audioop.max, (b'abc', 2)), (audioop.max, (b'ab', 5)), (audioop.add, (b'ab', b'abcd', 2)),
                 (audioop.getsample, (b'ab', 2, 5)), (audioop.tomono, (b'ab', 2, 1, 1)), (audioop.findfit, (b'ab', b'abcd')),
                 (audioop.findmax, (b'abc', 1)), (audioop.findfactor, (b'ab', b'abcd'))]:
    try:
        fn(*args)
    except audioop.error as e:
        print('audioop.error:', e)
print(issubclass(audioop.error, Exception))
