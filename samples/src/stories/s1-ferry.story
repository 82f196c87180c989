# Story S1 (AP, English). Body paragraphs without dateline; each page adds its own.
New York City will close the 112-year-old Corlears Hook ferry terminal for at least two years starting in April so crews can raise its floor, replace rotting piles and install flood barriers built to withstand a storm surge larger than any the East River has produced on record, officials said Tuesday.

The terminal handles about 9,000 riders on an average weekday, most of them commuters heading to jobs in Brooklyn and Queens along the East River route. During the closure, boats will dock at a temporary floating platform two blocks south, and the city plans to run a free shuttle bus between the two sites during rush hours.

“This building has flooded four times in the last decade, and every time we patch it and hope,” said Adaeze Lindqvist, the city’s deputy commissioner for waterfront infrastructure. “We are done hoping. We are going to rebuild it to last another hundred years.”

The project is expected to cost $214 million, about two-thirds of it covered by a federal resilience grant awarded last year. The rest will come from the city’s capital budget, which the City Council approved in December after a long debate over whether the money would be better spent on inland neighborhoods that also flood during heavy rain.

Engineers will lift the main waiting hall by nearly 4 feet (1.2 meters) using hydraulic jacks, a technique more often used on historic houses than on working transit buildings. The terminal’s copper-clad clock tower, a neighborhood landmark, will be taken down in pieces, restored off-site and put back.

Some riders said they worried the temporary dock would be crowded and exposed to the wind off the river. “In February that platform is going to be brutal,” said Tomasz Ferreira-Healy, a nurse who takes the ferry to a hospital in Williamsburg five days a week. “I get why they’re doing it, but they need a real shelter down there.”

Lindqvist said the floating platform would have a heated enclosure and that the city would add a second boat during the morning peak to keep waits under 15 minutes.

Preservation groups, which fought an earlier plan to demolish the terminal, gave the project cautious support. The Lower East Side Harbor Society said in a statement that lifting the building rather than replacing it was “the right call,” but urged the city to publish a timeline for restoring the clock tower.

The closure is part of a wider effort to harden the city’s waterfront against rising seas. Similar work is underway at two ferry landings in the Rockaways and at a pumping station in Red Hook, and city planners have listed more than 30 other public buildings within a few blocks of the shoreline that may need the same treatment.

If the work stays on schedule, the terminal would reopen in the spring of 2026, officials said.
