class Base:
    def run(self):
        raise NotImplementedError("subclasses must implement run")
print("running")
Base().run()
