"""What several stages know about news, shared by them and owned by none.

- agencies.py  the news-agency registry (data/agencies.json): ids, names, aliases, hosts, kinds
- places.py    the gazetteer (data/gazetteer.json): place names, casing, countries, and `fold`
- calendar.py  month and weekday names in the corpus languages
- urls.py      hosts, canonical URLs and the URL key that dedup compares

Stages import these modules; these modules import no stage.
"""
