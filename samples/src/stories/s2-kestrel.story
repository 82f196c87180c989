# Story S2 (Reuters, English).
Swedish battery maker Kestrel Energy Storage said on Monday it would postpone construction of its planned factory in eastern Germany by at least 18 months and cut about 600 jobs, blaming weaker-than-expected demand from European carmakers and higher borrowing costs.

The company, which had promised to start production at the site near Cottbus in 2025, said it would now focus its cash on raising output at its existing plant in northern Sweden, where two production lines are still running below capacity.

“We have to be honest about where the market is today, not where everyone hoped it would be three years ago,” Chief Executive Ingrid Sundqvist-Malm told analysts on a conference call. “Building a second plant into a soft market would put the whole company at risk.”

Kestrel’s shares fell as much as 14% in early Stockholm trading, their lowest level since the company listed in 2021, before recovering some of the losses to trade down 9% by midday.

The job cuts, roughly a fifth of the workforce, will mostly affect engineering and administrative staff in Sweden and a project team of about 120 people in Germany, the company said. It expects to book restructuring charges of about 1.1 billion Swedish crowns ($106 million) in the first quarter.

The delay is a setback for Germany’s push to build a domestic battery supply chain. The state of Brandenburg had offered Kestrel about 300 million euros in subsidies for the project, and a spokesperson for the state economy ministry said the offer would be reviewed.

Kestrel said talks with two carmakers over long-term supply contracts were continuing but had slowed, as manufacturers scale back electric vehicle targets in response to slower sales growth in Europe.

Analysts at a Nordic bank said in a note that the decision was sensible but raised questions about whether the company could meet its target of an operating profit in 2025. “The balance sheet buys them time, not a strategy,” they wrote.

Kestrel will publish full first-quarter results on April 24.
