"""Page metadata as wire signals: site name, host, title."""



from tests.wire.tagging import BODY, tags


def test_site_name_host_and_title_suffix():
    assert tags(BODY, sitename="Reuters") == ("Reuters", (), (("Reuters", "sitename", "Reuters"),))
    assert tags(BODY, sitename="bernama.com") == ("Bernama", (), (("Bernama", "sitename", "bernama.com"),))
    assert tags(BODY, url="https://apnews.com/article/x") == ("AP", (), (("AP", "host", "apnews.com"),))
    assert tags(BODY, title="Kremlin rejects demands | TASS") == ("TASS", (), (("TASS", "sitename", "TASS"),))
    assert tags(BODY, url="https://www.example.org/news") == (None, (), ())
    assert tags(BODY, url="http://[bad") == (None, (), ())


def test_headline_attribution_in_title_is_not_a_site_name():
    assert tags(BODY, title="Putin says talks stalled - RIA") == (None, (), ())
    assert tags(BODY, title="TASS marks 120 years") == (None, (), ())


def test_a_title_ending_in_an_agency_credit_names_the_origin():
    assert tags(BODY, title="Oil prices slide as supply grows (Reuters)")[0] == "Reuters"
    assert tags(BODY, title="Storm closes schools across the state (AP)")[0] == "AP"
    # A dashed name after a headline is its attribution, and another agency may have written it.
    assert tags(BODY, title="Putin says talks stalled - RIA")[0] is None
