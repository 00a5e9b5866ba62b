# marshal version 3+ writes repeated objects once and refers back to them.
import marshal

word = 'repeated'
pair = (1, 2)
data = [word, word, pair, pair, 'repeated', 1000, 1000]
print(marshal.dumps(data))
print(marshal.dumps(data, 2))
print(len(marshal.dumps(data)), len(marshal.dumps(data, 2)))
back = marshal.loads(marshal.dumps(data))
print(back, back[0] is back[1], back[2] is back[3])
config = {'host': 'localhost', 'ports': [8080, 8081], 'debug': False}
print(marshal.dumps(config))
print(marshal.loads(marshal.dumps(config)) == config)
