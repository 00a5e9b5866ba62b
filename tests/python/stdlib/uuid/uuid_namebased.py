import uuid
print(uuid.uuid3(uuid.NAMESPACE_DNS, 'python.org'), uuid.uuid5(uuid.NAMESPACE_DNS, 'python.org'))
print(uuid.uuid3(uuid.NAMESPACE_URL, 'https://example.com'), uuid.uuid5(uuid.NAMESPACE_OID, '1.2.3'), uuid.uuid5(uuid.NAMESPACE_X500, 'cn=x'))
print(uuid.NAMESPACE_DNS, uuid.NAMESPACE_URL, uuid.uuid5(uuid.NAMESPACE_DNS, 'a').version)
