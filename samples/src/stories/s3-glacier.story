# Story S3 (AFP, English).
Swiss engineers have begun pumping water out of a fast-growing glacial lake above the Alpine village of Vernoz, fearing that the wall of ice and loose rock holding it back could give way before winter, local authorities said Wednesday.

The lake, which did not exist fifteen years ago, now holds an estimated 1.3 million cubic metres of meltwater. It sits about 900 metres above the village and its roughly 400 residents, at the foot of the retreating Greppon glacier.

“We are not in an emergency today, but we do not want to wait until we are,” cantonal geologist Raphaëlle Dubuis-Kessler told reporters at a briefing in Sion, the capital of the Valais canton.

Three diesel pumps flown up by helicopter are pushing around 250 litres per second through a pipe laid along the lake’s natural outlet. The goal is to lower the water by eight metres before the first heavy snowfall cuts off access to the site.

Cracks in the moraine dam have widened by several centimetres since August, and a radar station installed in July recorded small movements after heavy rain last month, according to the canton.

Families in around 30 houses closest to the stream bed have been asked to keep an emergency bag packed, and the only road into the valley will be closed at night while pumping continues. The village school remains open.

Glaciers across the Alps have been shrinking fast, and scientists say the lakes forming in their wake are becoming one of the most pressing hazards for mountain communities, because a sudden breach can send water, mud and boulders racing down narrow valleys within minutes.

The operation is expected to cost about two million Swiss francs and to last at least six weeks, the canton said, adding that a permanent drainage tunnel was being studied.
