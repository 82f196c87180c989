# Local staff story. Trap: "told Reuters" in running text must not tag it as wire copy.
The sap ran early and stopped early this year across northern Vermont, but members of the Lamoille Valley Maple Cooperative say the syrup they did make is some of the best they have ever bottled.

The co-op’s 46 member farms produced about 61,000 gallons this spring, down roughly 18 percent from last year, according to figures released Monday. Warm spells in February set off the first runs nearly three weeks ahead of the usual calendar.

“We had taps in by the second week of February, which would have been unthinkable when I started,” said Corinne Delacroix-Huang, a sugarmaker in Wolcott and the co-op’s board chair. “Then April came in hot and it was over.”

Lighter grades, prized by restaurants and bakeries, made up an unusually large share of the harvest, which helped prices. The co-op’s bulk price rose to about $3.40 a pound, Delacroix-Huang said.

The shift has been years in the making. Abner Kowalczyk, a forestry researcher who told Reuters last year that the maple belt was “creeping north by a few miles each decade,” said Vermont producers were adapting faster than many expected, with vacuum tubing and earlier tapping.

Not every farm can keep up. Two of the co-op’s smallest members said they would not tap next season, citing the cost of equipment and the unpredictable weather.

The co-op plans to hold its annual open house on April 27 at its bottling plant in Hyde Park.
