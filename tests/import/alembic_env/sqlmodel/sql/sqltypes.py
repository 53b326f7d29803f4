# A stand-in for sqlmodel (not a Debian package): AutoString is a String.
import sqlalchemy as sa
class AutoString(sa.types.TypeDecorator):
    impl = sa.String
    cache_ok = True
