"""never closed
revision = "a"
