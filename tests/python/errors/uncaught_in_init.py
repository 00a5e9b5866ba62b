class Config:
    def __init__(self, port):
        if not 0 < port < 65536:
            raise ValueError(f"port out of range: {port}")
        self.port = port
print(Config(8080).port)
Config(70000)
