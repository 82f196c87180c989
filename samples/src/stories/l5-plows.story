# Local staff story (short), stored under a misleading file extension.
Residents of Stowbridge will soon be able to see exactly where the town’s snowplows are on a live map, after the select board approved GPS trackers for all nine trucks in the public works fleet.

The trackers cost about $400 each, plus a monthly data fee, and will be installed before the next big storm, public works director Ansel Whitcombe said on Tuesday.

“Half of the calls we get during a storm are people asking when the plow is coming,” Whitcombe said. “Now they can look for themselves, and my dispatcher can get back to actual dispatching.”

The map will show each truck’s position with a delay of about five minutes and will not record where individual drivers go after their shifts, town officials said.

The board also agreed to review the plowing priority list in the spring, after residents of several dead-end roads complained that they were always cleared last.
