from .sql import sqltypes
AutoString = sqltypes.AutoString
