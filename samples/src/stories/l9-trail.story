# Short item; its line is cut in the middle by the truncated gzip.
The Granite Ridge trail will stay closed to hikers through the end of the month while crews rebuild a footbridge that was washed out by last week’s storm, county parks officials said.

Hikers are asked to use the Hollow Creek loop instead, which adds about a mile but avoids the damaged section.

Officials said the new bridge would be higher and wider than the old one, and would be anchored to bedrock on both banks.
