# Local staff story (Valley Herald).
The Alder Valley Public Library will open its main branch on Sundays starting next month, after more than 1,200 residents signed a petition asking for weekend hours that fit around work and school.

The library board voted 5-2 on Thursday to add Sunday hours from noon to 5 p.m. at the Riverside Avenue branch on a one-year trial. The two smaller branches will keep their current schedules.

“We heard from parents who work six days a week and could only bring their kids on Sunday afternoon,” said board president Lorraine Szymanski. “That is exactly who a public library is for.”

The extra hours will cost about $68,000 a year, mostly for staff, which the board plans to cover by leaving a vacant administrative position unfilled.

Board members who voted against the change said they supported the idea but worried about staff burnout. Library director Ezekiel Marchetti said no employee would be required to work Sundays and that the shifts would be filled by volunteers from the current staff first.
