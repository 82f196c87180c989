# Story S4 (dpa, German).
Berlin will in den kommenden drei Jahren rund 12 000 neue Straßenbäume pflanzen und dabei gezielt Bezirke mit wenig Grün bevorzugen. Das kündigte die Senatsverwaltung für Umwelt am Dienstag an.

Hintergrund sind die zunehmend heißen Sommer, in denen sich vor allem dicht bebaute Viertel stark aufheizen. Nach Angaben der Verwaltung liegen die Temperaturen in manchen Innenhöfen an Hitzetagen bis zu acht Grad über denen in nahe gelegenen Parks.

«Ein Baum ist die billigste Klimaanlage, die eine Stadt haben kann», sagte Staatssekretärin Miriam Ostendorf-Kaya bei der Vorstellung des Programms. Man wolle nicht nur pflanzen, sondern die jungen Bäume in den ersten Jahren auch zuverlässig wässern.

Dafür sollen die Bezirke zusätzliches Geld für Bewässerungssäcke und Personal bekommen. Insgesamt stellt das Land für das Programm rund 48 Millionen Euro bereit.

Umweltverbände begrüßten den Plan grundsätzlich, kritisierten aber, dass in den vergangenen Jahren viele Bäume gefällt worden seien, ohne dass rechtzeitig Ersatz gepflanzt wurde. «Zwölftausend neue Bäume klingen gut, solange nicht gleichzeitig Tausende alte verschwinden», sagte Jonas Treptow vom Verein Stadtgrün Berlin.

Bevorzugt werden sollen Straßen in Teilen von Neukölln, Wedding und Marzahn-Hellersdorf, wo besonders wenige Bäume auf einen Einwohner kommen. Anwohnerinnen und Anwohner können über ein Online-Portal eigene Standorte vorschlagen.

Gepflanzt werden sollen vor allem Arten, die Trockenheit und Hitze besser vertragen, etwa Zürgelbaum, Silberlinde und Hopfenbuche. Die ersten 1500 Bäume sollen bereits im März in den Boden kommen.

Die Opposition im Abgeordnetenhaus nannte das Programm überfällig. Es reiche aber nicht, nur Bäume zu pflanzen, solange gleichzeitig immer mehr Flächen versiegelt würden.
