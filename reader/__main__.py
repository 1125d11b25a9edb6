from reader.cli import entry

if __name__ == "__main__":  # not when a worker process of a bulk add imports it
    entry()
