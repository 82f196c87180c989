# Local business story (Capital Brief).
Regional carrier Sagebrush Air will begin nonstop flights between Pocatello and Boise in November, restoring a link that was dropped four years ago when the previous operator pulled out of the market.

The airline plans two round trips each weekday and one on Sundays, using 70-seat turboprops. Introductory one-way fares start at $79, the company said on Thursday.

“Business travelers have been driving three and a half hours each way or connecting through Salt Lake City,” said Sagebrush chief executive Marcus Oyelaran-Price. “We think there is a real market for an hour in the air instead.”

The route is backed by a two-year revenue guarantee from a group of local employers and the regional economic development council, which will cover losses up to $1.5 million if the flights fall short of targets.

Airport officials said the new service could lift passenger numbers at Pocatello by about a fifth next year.
