# Local story (Mountain Herald).
Crestline Peaks opened three lifts on Saturday, nearly two weeks earlier than last season, after a new snowmaking system let crews cover the main beginner slopes during a short cold snap.

The resort spent about $6 million over the summer on 120 automated snow guns and a larger pumping station that draws water from a storage pond built last year.

“We used to need five or six cold nights in a row,” said mountain operations manager Priya Vandermeer. “Now we can make good snow in a two-night window and stop as soon as it warms up.”

Environmental groups have questioned the water use, but the resort said the pond is filled during the spring melt and that most of the water returns to the watershed when the snow melts.

Ticket prices for the opening weekend were cut by half because only a small part of the terrain is open.
