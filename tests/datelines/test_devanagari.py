from transforms.datelines.devanagari import hindi
from transforms.datelines.normalize import parse_dateline


def _parsed(text):
    found = parse_dateline(text, None, "hi")
    return found and (found.city, found.region, found.month, found.day, found.agency, found.raw)


def test_place_date_and_agency_credit_with_a_danda():
    assert _parsed("लखनऊ, 30 अक्टूबर (आईएएनएस)। नगर परिषद ने मंगलवार को घाट के पुनर्निर्माण का फैसला किया।") == (
        "लखनऊ", None, 10, 30, "IANS", "लखनऊ, 30 अक्टूबर (आईएएनएस)। ")


def test_hindi_services_credit_themselves_in_devanagari():
    assert _parsed("नई दिल्ली, 5 जनवरी (भाषा) सरकार ने सोमवार को नई योजना की घोषणा की।")[4] == "PTI"
    assert _parsed("पटना, 7 मार्च (वार्ता) राज्य सरकार ने सोमवार को नई योजना की घोषणा की।")[4] == "UNI"


def test_state_in_brackets_and_a_dash_without_a_credit():
    assert _parsed("पुणे (महाराष्ट्र), 12 नवंबर - नगर निगम ने सोमवार को नई योजना शुरू की।") == (
        "पुणे", "महाराष्ट्र", 11, 12, None, "पुणे (महाराष्ट्र), 12 नवंबर - ")


def test_a_site_desk_in_brackets_is_no_agency():
    assert _parsed("नयी दिल्ली 21 फरवरी (लाइव 7) प्रधानमंत्री ने शुक्रवार को कहा कि काम जल्द शुरू होगा।") == (
        "नयी दिल्ली", None, 2, 21, None, "नयी दिल्ली 21 फरवरी (लाइव 7) ")


def test_a_date_inside_a_sentence_is_no_dateline():
    assert parse_dateline("प्रधानमंत्री नरेन्द्र मोदी ने शुक्रवार को 5 जनवरी को कहा कि काम जल्द शुरू होगा।", None, "hi") is None
    # A place and a date with neither credit nor separator after them are not enough.
    assert hindi("लखनऊ, 30 अक्टूबर को बारिश हुई।", 0) is None


def test_year_double_danda_and_a_day_in_words():
    assert _parsed("गाजियाबाद 30 मार्च 2020 ।। पुलिस ने मीडिया कर्मियों के लिए नई व्यवस्था की।") == (
        "गाजियाबाद", None, 3, 30, None, "गाजियाबाद 30 मार्च 2020 ।। ")
    assert _parsed("नयी दिल्ली, पांच जून राजधानी में सरकार की नई योजना पर रोक लगा दी गई।")[:4] == (
        "नयी दिल्ली", None, 6, 5)
    assert parse_dateline("दिल्ली, पांच जून को बारिश हुई और लोग घरों में रहे।", None, "hi") is None
