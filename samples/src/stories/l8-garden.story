# Undated community notice: the page carries no date anywhere, so only the partition fallback applies.
The Alderbrook Neighbors Association is taking applications for plots in the community garden behind the old firehouse, with priority for households that do not have a yard of their own.

There are 24 raised beds this year, four of them built at table height so that gardeners who use a wheelchair or cannot kneel can work them comfortably.

Each plot costs 20 dollars for the season, and the association will waive the fee for anyone who asks, no questions asked. Water, hoses and basic tools are shared and kept in the shed by the gate.

“Last year we had more tomatoes than we knew what to do with, so we started a free table on Saturday mornings,” said volunteer coordinator Theodora Lindgren-Obi. “That table turned out to be the best part.”

Gardeners are asked to spend two hours a month on shared chores such as weeding the paths and turning the compost. Applications can be dropped in the box at the firehouse door.
