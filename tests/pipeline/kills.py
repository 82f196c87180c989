"""A filesystem that stops the process at its n-th change, to check that every commit step can be killed."""
from apache_beam.io.filesystems import FileSystems


class Killed(BaseException):
    pass


def killing_filesystem(monkeypatch, after: int):
    """FileSystems whose rename, create and delete stop the process (raise Killed) at the `after`-th change."""
    count = {"n": 0}

    def step():
        count["n"] += 1
        if count["n"] > after:
            raise Killed()

    rename, create, delete = FileSystems.rename, FileSystems.create, FileSystems.delete

    def one_by_one_rename(sources, targets):
        for source, target in zip(sources, targets):
            step()
            rename([source], [target])

    def killing_create(*args, **kwargs):
        step()
        return create(*args, **kwargs)

    def one_by_one_delete(paths):
        for path in paths:
            step()
            delete([path])

    monkeypatch.setattr(FileSystems, "rename", staticmethod(one_by_one_rename))
    monkeypatch.setattr(FileSystems, "create", staticmethod(killing_create))
    monkeypatch.setattr(FileSystems, "delete", staticmethod(one_by_one_delete))
    return count
