# Local staff story on the same event as S1 (a hard negative for dedup: shared names, different text).
On a gray Thursday morning, the line for the 7:40 boat at Corlears Hook stretched past the coffee cart and onto the plaza, as it does most weekdays. In less than three months, that boat will leave from a floating platform two blocks away.

The city announced this week that the 112-year-old terminal would close in April for at least two years of flood-proofing work. For the riders who depend on it, the news landed somewhere between resignation and relief.

“Honestly, I’m surprised it’s still standing,” said Marguerite Olusola, who has commuted from the Lower East Side to an office in Long Island City for eleven years. “Every big storm, the waiting room turns into a fish tank.”

Others were less patient. Devin Achterberg, who runs a bike repair stand near the plaza, said the closure could cut his business in half. “Nobody tells the small guys anything,” he said. “I found out from a customer.”

Adaeze Lindqvist, the deputy commissioner in charge of the project, told a community board meeting on Wednesday night that the city would work with vendors to find temporary spots near the new platform. She also promised monthly updates on the construction schedule.

Board members pressed her on the shuttle bus, which under the current plan will run only during rush hours. Several asked for weekend service, pointing out that many riders work in hospitals and restaurants with irregular shifts.

Lindqvist said the city would review ridership after the first month and adjust the schedule if needed.
