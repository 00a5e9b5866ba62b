# a typical notebook table of records
import pprint

records = [{'city': c, 'pop': p, 'coords': (lat, lon), 'tags': tags}
           for c, p, lat, lon, tags in [('Oslo', 709037, 59.91, 10.75, ['capital', 'fjord']),
                                        ('Lima', 10719188, -12.05, -77.04, ['capital']),
                                        ('Pune', 7764000, 18.52, 73.86, [])]]
pprint.pprint(records)
pprint.pprint(records, width=60, sort_dicts=False)
pprint.pprint({'matrix': [[i * j for j in range(8)] for i in range(8)]})
