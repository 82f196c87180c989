from transforms.common import progress


def test_progress_prints_at_most_every_interval(capsys, monkeypatch):
    ticks = iter([100.0, 101.0, 106.0])
    monkeypatch.setattr(progress.time, "monotonic", lambda: next(ticks))
    tracker = progress._Progress()
    tracker.add("read")              # 100.0: the clock starts
    tracker.add("extracted", 4)      # 101.0: too soon
    tracker.add("rejected")          # 106.0: prints
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1
    assert err[0].endswith("read=1 extracted=4 rejected=1 written=0 (0.8 records/s)")
