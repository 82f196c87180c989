"""A labelled syndication set: invented news stories republished the way outlets republish wire copy.

Every sentence template, name list and outlet below was written for this
project; the places are real city names, everything else is made up. The same
seed always gives the same set.

What counts as one story (the label):
* every copy of a story, whatever the outlet did to it: another dateline
  style or none, the headline pasted into the body, truncation, dropped,
  split or merged paragraphs, small word edits, an added local paragraph, an
  agency tail or site line, a second capture of the same page;
* a "write-through": the agency fixes a figure in the lead and adds one
  paragraph. Outlets carry both versions and readers see one story.

What counts as a different story (the hard negatives):
* other stories on the same event (a reaction piece, an explainer, a local
  angle): they share names, places, figures, a quoted statement and sometimes
  a background paragraph;
* a substantive update: a new lead, new reporting, and only part of the
  earlier text kept. Agencies file these as new versions with new slugs, and a
  corpus that merged them would lose the later reporting;
* short items from one site that all end with the same long site footer.
"""
from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import random
import re
from typing import Iterator

FIRST_NAMES = (
    "Amara Bilal Carmen Dmitri Elena Farid Greta Hiroshi Ines Jonas Kavya Lucas Mireille Nikhil Olga "
    "Pavel Quentin Rosa Samir Tamsin Umar Valeria Wendell Ximena Yusuf Zofia Adaeze Bruno Chiara Desmond "
    "Esther Florin Gideon Halima Ivo Jasmine Kofi Leilani Marek Noor Oskar Priya Rafael Sunniva Tobias "
    "Uchenna Vera Wiktor Yara Zainab Anselm Beatriz Cyrus Dagny Emeka Fenna Goran Hana Idris Juno"
).split()
LAST_NAMES = (
    "Okafor Lindqvist Moreau Castellanos Varga Nakamura Adeyemi Brennan Kowalczyk Haddad Ferreira Iyer "
    "Sorensen Mbeki Delacroix Petrov Alvarez Whitlock Takeda Osei Marchetti Holloway Rahman Novak Quigley "
    "Estrada Bergstrom Achebe Lindgren Santoro Halvorsen Mwangi Fairbanks Dubois Tanaka Oyelaran Kessler "
    "Vasquez Abernathy Choudhury Rasmussen Okonkwo Pellegrini Sokolov Ashworth Demir Nilsen Obi Carvalho "
    "Fitzgerald Yamamoto Ncube Lindahl Romero Szabo Eriksen Mensah Ortega Valentin Hargreaves Kimura"
).split()
CITIES = (
    ("Nairobi", "Kenya"), ("Lagos", "Nigeria"), ("Manila", "the Philippines"), ("Lima", "Peru"),
    ("Warsaw", "Poland"), ("Osaka", "Japan"), ("Perth", "Australia"), ("Halifax", "Canada"),
    ("Porto", "Portugal"), ("Lyon", "France"), ("Leeds", "Britain"), ("Denver", "the United States"),
    ("Tucson", "the United States"), ("Cebu", "the Philippines"), ("Pune", "India"), ("Kochi", "India"),
    ("Accra", "Ghana"), ("Quito", "Ecuador"), ("Gdansk", "Poland"), ("Bergen", "Norway"),
    ("Valencia", "Spain"), ("Tbilisi", "Georgia"), ("Surabaya", "Indonesia"), ("Durban", "South Africa"),
    ("Cordoba", "Argentina"), ("Tampere", "Finland"), ("Hobart", "Australia"), ("Winnipeg", "Canada"),
    ("Memphis", "the United States"), ("Bologna", "Italy"), ("Kraków", "Poland"), ("Sapporo", "Japan"),
)
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MONTHS = ("Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec.")
ORG_HEADS = ("Northern", "Central", "Coastal", "United", "Metropolitan", "Regional", "Highland", "Eastern",
             "Western", "National", "Riverside", "Southern", "Lakeshore", "Valley")
ORG_FIELDS = ("Transit", "Water", "Health", "Power", "Ports", "Grain", "Housing", "Rail", "Forestry",
              "Fisheries", "Aviation", "Schools", "Roads", "Energy")
ORG_KINDS = ("Authority", "Board", "Council", "Agency", "Company", "Group", "Union", "Institute",
             "Cooperative", "Commission")
ROLES = ("spokeswoman", "spokesman", "director", "deputy mayor", "chief executive", "senior engineer",
         "regional governor", "union leader", "police chief", "lead researcher", "board chair",
         "fire chief", "finance minister", "chief economist", "head coach", "emergency coordinator")

AGENCIES = {"AP": "apnews.com", "Reuters": "reuters.com", "AFP": "afp.com", "PTI": "ptinews.com",
            "Xinhua": "news.cn"}
AGENCY_CREDIT = {"AP": "AP", "Reuters": "Reuters", "AFP": "AFP", "PTI": "PTI", "Xinhua": "Xinhua"}
AGENCY_TAILS = {
    "AP": "Copyright {year} The Associated Press. All rights reserved. This material may not be "
          "published, broadcast, rewritten or redistributed without permission.",
    "Reuters": "Reporting by {reporter}; Editing by {editor}",
    "AFP": "{initials}/{initials2}",
    "PTI": "(This story has not been edited by our staff and is auto-generated from a syndicated feed.)",
    "Xinhua": "Editor: {reporter}",
}
OUTLET_PLACES = ("Riverton", "Lakeside", "Harborview", "Millbrook", "Eastfield", "Pinecrest", "Stonebridge",
                 "Fairhaven", "Northgate", "Westmoor", "Clearwater", "Ashford", "Brookdale", "Redcliff",
                 "Silverlake", "Oakhurst", "Maplewood", "Kingsport", "Greystone", "Sunvale")
OUTLET_PAPERS = ("herald", "gazette", "tribune", "post", "courier", "observer", "times", "chronicle",
                 "ledger", "sentinel", "dispatch", "journal")
OUTLET_TAILS = (
    "", "", "", "(With inputs from agencies)", "Follow our live coverage for the latest updates.",
    "This article was published from a wire agency feed without modifications to the text.",
    "Got a news tip? Write to our newsroom.", "(Only the headline and picture of this report may have been "
    "reworked by our staff; the rest of the content is auto-generated from a syndicated feed.)",
)
LEAKED_LINES = ("Advertisement", "Story continues below", "Also read: {other}", "Read more: {other}",
                "Sign up for our morning newsletter.", "RELATED COVERAGE")

# Sentence templates. `{name}` slots come from the event, `[a|b]` picks one
# alternative per use, so one template yields many surface forms.
GENERIC = (
    "[Officials|Authorities|Local leaders] said [more details would be released|a full account would follow|"
    "they would give an update] {later}.",
    "{p2} said the [decision|situation|outcome] [had caught many by surprise|was not unexpected|"
    "left several questions open] and that [residents|workers|families] [deserved|wanted|were owed] clear answers.",
    "The {org1} did not immediately respond to a request for comment.",
    "[It was not immediately clear|It remained unclear|No one could yet say] whether {thing} would "
    "[affect|change|delay] [plans|schedules|budgets] [elsewhere in|across|beyond] {country}.",
    "[About|Roughly|Nearly] {n3} people [gathered|waited|lined up] outside the {org2} offices {when}, "
    "[some holding signs|many of them carrying umbrellas|several with children in tow].",
    "[Critics|Opposition figures|Independent analysts] [argued|said|warned] that the [response|plan|approach] "
    "[came too late|went too far|did not go far enough] and [called for|demanded|urged] an [inquiry|audit|review].",
    "{p3}, who [has followed|has studied|has reported on] the issue for [years|a decade|much of her career], "
    "said [the figures|the numbers|the early signs] [pointed to|suggested|hinted at] a [wider|deeper|longer] problem.",
    "The [last|previous|most recent] time {city} [faced|saw|dealt with] [anything similar|a comparable event|"
    "such a situation] was {n4} years ago, [records show|according to archives|officials recalled].",
    "[Residents|Shop owners|Commuters] [interviewed|reached|contacted] by reporters [described|recalled|spoke of] "
    "[confusion|long delays|a tense night] [and a lack of information|but praised the crews|and mixed messages].",
    "{p1_last} [said|added|noted] that [the|a] [final|detailed|full] report [was expected|would be published|"
    "should be ready] [within weeks|by the end of the month|before the summer].",
    "[Separately|Meanwhile|In a related development], the {org2} [announced|confirmed|said] it would "
    "[hire|deploy|assign] {n2} [additional|extra|more] staff.",
    "[A spokesperson|A representative|An official] for the {org2} [declined to comment|would not comment|"
    "said it was too early to comment] on [the cost|the timeline|possible legal action].",
)
QUOTES = (
    "\"We are doing everything we can to [keep people safe|restore normal service|get answers quickly],\" "
    "{p1} said {when}.",
    "\"[This is|It has been] [a difficult|an extraordinary|a trying] [day|week|period] for {city},\" said {p1}, "
    "the {p1_role} of the {org1}.",
    "\"Nobody should have to [wait this long|go through this|live with this uncertainty],\" {p2}, the "
    "{p2_role} of the {org2}, told reporters.",
    "\"[We knew|We had warned|We said for years] that [this could happen|the system was fragile|"
    "the money was not enough],\" {p2_last} said. \"[Now|Today|This week] [everyone can see it|"
    "the bill has arrived|we live with the result].\"",
    "\"The [numbers|figures|data] [speak for themselves|tell a clear story|are still moving],\" {p3} said "
    "in a [statement|post online|radio interview].",
    "\"I have [never seen|not seen|rarely seen] anything like it in {n4} years,\" said {p4}, "
    "[a local resident|a shop owner|a retired teacher].",
    "\"Our [priority|focus|first task] is [the families|the workers|the people] [affected|involved|"
    "who depend on us],\" {p1_last} [said|added|told a news conference].",
    "\"[There will be|We expect|Expect] [difficult|hard|honest] conversations [ahead|in the coming days|"
    "about what went wrong],\" {p3_last} said.",
)
BEATS = {
    "storm": dict(
        thing=("Storm {storm}", "Cyclone {storm}", "Typhoon {storm}"),
        lead=(
            "{thing} [battered|lashed|pounded] {city} {when}, [knocking out power to|leaving without electricity] "
            "[about|nearly|more than] {n1} homes and [flooding|swamping|closing] [dozens of|several|many] streets.",
            "At least {n_small} people [died|were killed|lost their lives] as {thing} [swept through|crossed|hit] "
            "{city} and [surrounding districts|nearby towns|the coast], {org1} officials said.",
        ),
        body=(
            "Wind gusts [reached|topped|peaked at] {n2} kilometers per hour [at the airport|near the harbor|"
            "along the coast], the [weather service|meteorological office|forecasters] said.",
            "[Rescue crews|Emergency teams|Volunteers] [used boats to reach|pulled residents from|checked on] "
            "[homes|apartment blocks|farms] in [low-lying|riverside|northern] [neighborhoods|areas|suburbs].",
            "[Schools|Government offices|Most shops] [stayed closed|were shut|did not open] {when} and "
            "[ferries|trains|flights] [were suspended|stopped running|were cancelled].",
            "The {org1} [opened|set up|prepared] {n_small} [shelters|evacuation centers|emergency halls] "
            "[housing|for|sheltering] [about|some|close to] {n3} people.",
            "Forecasters [expected|said] {thing} [to weaken|would lose strength|to turn north] [overnight|"
            "by the weekend|as it moved inland] [but warned of|while warning about|and cautioned about] "
            "[landslides|more rain|storm surges].",
        ),
    ),
    "fire": dict(
        thing=("the fire at the {company} plant", "the {company} warehouse fire", "the blaze at the {company} depot"),
        lead=(
            "A [large|major|fierce] fire [broke out|tore through|engulfed] a {company} [plant|warehouse|depot] "
            "in {city} {when}, [sending|sending up|releasing] [thick|black|heavy] smoke [over|across] the city.",
            "[Firefighters|Fire crews] [battled|fought|worked to contain] a blaze at a {company} [facility|site|"
            "storage yard] in {city} {when} as [residents|nearby households] were told to [keep windows shut|"
            "stay indoors|leave the area].",
        ),
        body=(
            "[More than|About|Nearly] {n2} firefighters and {n_small} [engines|trucks|water tankers] were "
            "[sent|deployed|called] to the [site|scene|plant], {p1_last} said.",
            "The cause of the fire [was not yet known|remained under investigation|had not been determined], "
            "[but|although|and] [investigators|inspectors|officials] [were looking at|were examining|suspected] "
            "[an electrical fault|stored chemicals|a welding accident].",
            "{company} said [in a statement|on its website|in a brief note] that [all|its] {n3} [workers|staff|"
            "employees] on [the night shift|site|duty] had been [accounted for|evacuated|moved to safety].",
            "[Air quality|Pollution] [readings|monitors|sensors] [near the site|downwind|in nearby districts] "
            "[rose sharply|stayed high|were being checked hourly], the {org1} said.",
            "The [plant|facility|site] [makes|stores|handles] [packaging|paints|batteries|tires] and [employs|has] "
            "[about|around] {n1} people, [according to|says] its [annual report|website].",
        ),
    ),
    "election": dict(
        thing=("the {region} regional election", "the mayoral runoff in {city}", "the {city} council vote"),
        lead=(
            "Voters in {city} [went to the polls|cast ballots|turned out] {when} in {thing}, with [turnout|"
            "participation] [reported at|estimated at|near] {pct} percent [by midafternoon|at closing|so far].",
            "{p1} [claimed victory|declared a win|said she had won] in {thing} {when} after [early counts|"
            "partial results|preliminary tallies] [gave her|showed her with] {pct} percent of the vote.",
        ),
        body=(
            "[Her rival|The incumbent|The runner-up], {p2}, [conceded|did not concede|said he would wait for "
            "final results] [late in the evening|in a short speech|on social media].",
            "The campaign [focused on|was dominated by|turned on] [housing costs|public transport|water "
            "shortages|school funding] [and|as well as] [the city budget|a disputed bridge project|rising rents].",
            "The {org1} said [about|some|more than] {n1} [ballots|votes] [were still being counted|had yet to "
            "be verified|were under review] [and|while] [final|official|certified] results [were due|would come] "
            "{later}.",
            "[Observers|Election monitors|Volunteers] from the {org2} [reported|noted|recorded] [long queues|"
            "minor irregularities|a smooth process] at [several|a few|most] polling stations.",
            "[Turnout|Participation] was [the highest|the lowest|among the highest] [since|in] [{n4} years|"
            "a generation|the last decade], [analysts|officials] said.",
        ),
    ),
    "court": dict(
        thing=("the {company} fraud trial", "the case against {p2}", "the {org2} appeal"),
        lead=(
            "A court in {city} [ruled|found|decided] {when} that the {org2} [had acted unlawfully|broke the law|"
            "overstepped its powers] [when it|by deciding to] [cut|closed|sold] [the fund|the clinic|the land].",
            "[Jurors|Judges|A panel] in {city} [heard opening arguments|began hearing evidence|delivered a verdict] "
            "{when} in {thing}, [a case|a dispute|a trial] [that has drawn|that drew|that has attracted] "
            "[national|wide|intense] attention.",
        ),
        body=(
            "[Prosecutors|Lawyers for the plaintiffs|The state] [said|argued|told the court] that {p2} "
            "[moved|diverted|hid] [about|more than|nearly] {n1} [in public money|from the fund|through shell firms].",
            "[Defense lawyers|Lawyers for {p2}|The defense] [said|argued|insisted] the [payments|transfers|"
            "decisions] were [lawful|approved|routine] and [would appeal|plan to appeal|may appeal].",
            "Judge {p3} [set|scheduled|ordered] [sentencing|the next hearing|a review] for [next month|"
            "the spring|{later}] and [released|kept|placed] {p2_last} [on bail|in custody|under supervision].",
            "The [ruling|decision|verdict] [could affect|may shape|will weigh on] [dozens of|several|other] "
            "[similar cases|pending claims|contracts] [across|in] {country}, [legal experts|lawyers] said.",
        ),
    ),
    "economy": dict(
        thing=("the {org1} rate decision", "the {org1} budget plan", "new inflation figures"),
        lead=(
            "The {org1} [raised|cut|held] its [benchmark|key|main] interest rate [at|to] {pct} percent {when}, "
            "[citing|pointing to|warning about] [stubborn|easing|uneven] [price growth|inflation].",
            "[Consumer prices|Inflation] in {country} [rose|climbed|slowed to] {pct} percent [in the year to|"
            "over the twelve months to] [March|June|September|November], [official|government] figures showed {when}.",
        ),
        body=(
            "[Economists|Analysts|Most forecasters] [polled|surveyed] [before the decision|by the {org2}] had "
            "[expected|predicted|pencilled in] [a smaller move|no change|a larger cut].",
            "[Food|Energy|Housing] costs [drove|accounted for|made up] [most of|about half of|much of] the "
            "[increase|rise|change], [while|and] [fuel|clothing|transport] prices [fell|held steady|eased].",
            "{p1_last} said the [board|committee|bank] [would watch|was watching|would keep an eye on] "
            "[wage growth|the labor market|the currency] [closely|carefully] "
            "[in the months ahead|before acting again].",
            "The [currency|local currency|bond market] [rose|slipped|barely moved] [after|following] the "
            "[announcement|decision|release], [with|as] [traders|investors] [betting on|pricing in|doubting] "
            "[further moves|a pause|more cuts].",
        ),
    ),
    "health": dict(
        thing=("the {disease} outbreak", "the rise in {disease} cases", "the {disease} vaccination drive"),
        lead=(
            "Health officials in {city} [reported|confirmed|recorded] {n2} new cases of {disease} {when}, "
            "[bringing|taking] the [total|tally|count] [since|this] [January|the spring|the outbreak began] to {n1}.",
            "The {org1} [launched|began|expanded] a [vaccination|testing|screening] [drive|campaign|program] "
            "[against|for] {disease} in {city} {when}, [aiming to reach|hoping to cover|targeting] {n1} people.",
        ),
        body=(
            "[Most|Many|About half] of the [patients|cases|people infected] [were|are] [children|older adults|"
            "health workers] [under|in|from] [the northern districts|two schools|a single neighborhood].",
            "[Hospitals|Clinics|Wards] in [the city|the region|{city}] [had|reported|were running at] "
            "[about|more than|nearly] {pct} percent of [capacity|their beds|normal staffing], {p1_last} said.",
            "The [virus|illness|disease] [spreads|passes|is transmitted] [through|by] [close contact|"
            "contaminated water|coughing and sneezing] [and|while] [symptoms|signs] [include|can include] "
            "[fever|rashes|stomach pain] [and fatigue|and headaches].",
            "[Doctors|Nurses|Pharmacists] [urged|asked|reminded] [parents|residents|families] to [keep sick "
            "children home|wash hands often|check their records] [until|while] [the outbreak eased|cases fell].",
        ),
    ),
    "transport": dict(
        thing=("the {org2} strike", "the rail closure between {city} and {city2}", "the {company} ferry breakdown"),
        lead=(
            "[Commuters|Travelers|Passengers] in {city} [faced|endured|struggled with] [long delays|packed "
            "platforms|cancelled services] {when} as {thing} [halted|disrupted|cut] [most|many|nearly all] "
            "[train|bus|ferry] services.",
            "[Workers|Drivers|Staff] at the {org2} [walked off the job|began a strike|stopped work] {when} "
            "[over pay|in a dispute over shifts|after talks collapsed], [stranding|delaying|affecting] "
            "[about|an estimated|more than] {n1} [passengers|commuters|travelers].",
        ),
        body=(
            "[Union|Strike] leaders said [the walkout|the action|the stoppage] would [last|run|continue] "
            "[{n_small} days|until Friday|until a deal was reached] [unless|if] [managers|the {org1}] "
            "[improved|raised|reopened] [the offer|talks|negotiations].",
            "[Replacement buses|Extra coaches|Shuttle vans] [ran|were laid on|operated] [between|from] "
            "{city} [and|to] {city2}, [but|though] [queues|lines|waits] [stretched|lasted|ran to] "
            "[over an hour|for blocks|most of the morning].",
            "The {org1} [estimated|said|calculated] [the disruption|each day of the strike|the closure] "
            "[cost|was costing|would cost] [local businesses|the economy|the network] [about|roughly] "
            "{n2} [thousand|million] [dollars|euros] [a day|per day].",
            "[Road traffic|Congestion|Car journeys] [rose|increased|jumped] [sharply|by about {pct} percent] "
            "[on main routes|into the center|across the city], [navigation data|traffic monitors] [showed|suggested].",
        ),
    ),
    "sports": dict(
        thing=("the {team} title run", "the cup final in {city}", "the {team} coaching change"),
        lead=(
            "The {team} [won|clinched|secured] [the championship|the cup|the title] {when} [with|after] a "
            "{score} [victory|win] [over|against] the {team2} [in front of|before] {n1} fans in {city}.",
            "The {team} [fired|dismissed|parted ways with] head coach {p2} {when} [after|following] "
            "[a run of|a string of|another] [defeats|losses|poor results] [that left|leaving] [the club|them] "
            "[near the bottom|out of contention|in tenth place].",
        ),
        body=(
            "{p3} [scored twice|scored the winner|set up both goals] [in the second half|before the break|"
            "late in the game], [including|with|capping it with] a [header|penalty|long-range shot] "
            "[in the {n_small}th minute|in stoppage time].",
            "[It was|This is] the club's [first|second|third] [title|trophy|championship] [in|since] "
            "[{n4} years|a generation|the club was founded], [and|as] [supporters|fans] [poured onto|flooded|"
            "celebrated on] the [streets|main square|riverfront].",
            "[The coach|{p2_last}|The captain] [praised|thanked|credited] [the defense|the younger players|"
            "the fans] [for|after] [a disciplined display|holding their nerve|a long season].",
            "The {team2} [will|must now] [regroup|rebuild|look ahead] [for|before] [next season|the playoffs|"
            "the league restart], [with|as] [several|two|key] players [out of contract|injured|expected to leave].",
        ),
    ),
    "energy": dict(
        thing=("the {company} pipeline leak", "the blackout across {city}", "the new {company} wind farm"),
        lead=(
            "[A|An unexpected|A widespread] power [outage|cut|failure] [left|plunged] [about|more than|nearly] "
            "{n1} [homes and businesses|customers|households] in {city} [without electricity|in the dark] {when}.",
            "{company} [said|confirmed|reported] {when} that [a leak|a rupture|a crack] [in|on] its pipeline "
            "[near|outside|north of] {city} [had been|was] [sealed|contained|found], [after|once] "
            "[about|roughly] {n2} [barrels|cubic meters] [spilled|escaped|leaked].",
        ),
        body=(
            "The {org1} [blamed|traced|linked] the [failure|fault|outage] to [a damaged cable|an overloaded "
            "substation|a fire at a transformer] and said [crews|engineers] [were working|worked through the night] "
            "to [restore|reconnect|bring back] [supply|power].",
            "[Traffic lights|Lifts|Card payments] [stopped working|failed|went down] [across|in parts of] the "
            "[center|city|old town], [and|while] [hospitals|clinics] [switched to|ran on] [backup generators|"
            "emergency power].",
            "[Environmental groups|Fishermen|Farmers] [said|warned] the [spill|leak|damage] [could harm|had "
            "reached|threatened] [wetlands|the river|grazing land] [downstream|nearby|along the valley].",
            "The [company|operator|utility] [faces|could face|may face] [fines|a penalty|an inquiry] of "
            "[up to|as much as] {n2} [million|thousand] [dollars|euros], [regulators|the {org2}] said.",
        ),
    ),
    "business": dict(
        thing=("the {company} takeover", "job cuts at {company}", "the {company} profit warning"),
        lead=(
            "{company} [said|announced|confirmed] {when} it would [cut|shed|eliminate] [about|roughly|more than] "
            "{n2} jobs [over|within|during] the [next two years|coming year|next eighteen months] [as|after] "
            "[sales|orders|demand] [slumped|fell|weakened].",
            "{company} [agreed|has agreed|reached a deal] to [buy|acquire|take over] [its rival|the smaller] "
            "{company2} [for|in a deal worth] [about|nearly|some] {n1} [million|billion] [dollars|euros], "
            "the [companies|two firms] said {when}.",
        ),
        body=(
            "[Shares|Stock] in {company} [rose|fell|jumped|slid] [about|nearly|more than] {pct} percent "
            "[in early trading|by midday|after the announcement] [in|on the] [{city}|local] [exchange|market].",
            "{p1}, the {company} chief executive, said the [move|deal|plan] would [save|free up|bring in] "
            "[about|roughly] {n3} [million|thousand] [a year|annually] [by|from] [the end of next year|2027].",
            "[Unions|Staff representatives|Workers] [criticized|condemned|questioned] the [plan|decision|cuts] "
            "and [said|warned] they would [fight|challenge|oppose] [any|the] [closures|layoffs|plant sales].",
            "The [deal|takeover|plan] [still needs|requires|awaits] [approval|clearance|sign-off] [from|by] "
            "[competition regulators|shareholders|the {org2}] [and is expected to close|before closing] "
            "[next year|in the autumn|by spring].",
        ),
    ),
    "science": dict(
        thing=("the {mission} launch", "the {mission} findings", "the {mission} probe"),
        lead=(
            "[Scientists|Researchers|A team] at the {org2} [said|reported|announced] {when} they had "
            "[found|identified|detected] [a new|an unusual|a previously unknown] [species|compound|signal] "
            "[in|near|off] [the coast of|the forests around|deep lakes near] {city}.",
            "The {org1} [launched|sent up|put into orbit] the {mission} [satellite|probe|observatory] {when} "
            "[from|at] [a site|its base|the launch pad] [near|outside] {city}, [after|following] "
            "[two delays|a weather delay|years of preparation].",
        ),
        body=(
            "The [mission|project|study] [will|is meant to|aims to] [track|measure|map] [sea ice|soil moisture|"
            "air pollution|coral health] [over|for] [{n_small} years|the next decade|several seasons].",
            "{p3}, the {p3_role} on the [project|team|study], said the [results|data|first images] "
            "[were|looked] [promising|better than expected|still preliminary] [but|and] [needed|would need] "
            "[more work|independent checks|peer review].",
            "The [work|research|mission] [cost|was funded with|received] [about|roughly] {n2} [million|thousand] "
            "[dollars|euros] [from|through] [public grants|the {org1}|a university consortium].",
            "The [findings|results|paper] [were published|appear|are described] in the [journal|latest issue "
            "of|quarterly report of] the {org2} {when}.",
        ),
    ),
}
STORM_NAMES = ("Ilona", "Marek", "Odile", "Tarsus", "Verity", "Anouk", "Baldur", "Ciaran", "Delphine", "Ebbe")
DISEASES = ("measles", "cholera", "dengue", "mumps", "hepatitis A", "whooping cough")
COMPANY_STEMS = ("Veltrane", "Orsolo", "Kestrel", "Brightwater", "Tamber", "Halcyon", "Quarrow", "Nordvik",
                 "Aldana", "Corvin", "Pellham", "Zentra", "Marlow", "Ostrava", "Tidewell", "Granby")
COMPANY_KINDS = ("Logistics", "Chemicals", "Foods", "Energy", "Motors", "Textiles", "Paper", "Metals",
                 "Pharma", "Holdings", "Shipping", "Foods Group")
TEAM_NAMES = ("Falcons", "Mariners", "Rovers", "Comets", "Wolves", "Harriers", "Pioneers", "Stallions",
              "Kingfishers", "Otters")
MISSIONS = ("Aurora-2", "Meridian", "Tessel", "Halo Drift", "Kite-4", "Perihelion", "Lodestar")
# Edits outlets make to wire copy: (wire text, house style). Applied word-for-word.
WORD_EDITS = (
    (" said", " says"), (" percent", " per cent"), (" about ", " around "), (" more than ", " over "),
    (" nearly ", " almost "), (" kilometers", " kilometres"), (" center", " centre"), (" labor ", " labour "),
    (" on Monday", " Monday"), (" after ", " following "), (" told reporters", " said"), (" people", " residents"),
)
BOILERPLATE_FOOTER = (
    "Metro Briefs is an independent community news service. We rely on readers like you to keep local "
    "reporting alive. If you value what we do, please consider a monthly contribution, share our stories "
    "with your neighbors, and send us your tips, photos and corrections at any time of the day or night."
)


@dataclasses.dataclass
class Story:
    label: str
    paragraphs: list[str]
    title: str
    city: str
    agency: str | None
    published: dt.date


@dataclasses.dataclass(frozen=True)
class Outlet:
    host: str
    dateline: str  # "keep", "strip", "short" or "colon"
    tail: str
    truncates: float
    edits: float


def _rng(*parts: object) -> random.Random:
    seed = int.from_bytes(hashlib.sha256("|".join(map(str, parts)).encode()).digest()[:8], "little")
    return random.Random(seed)


_CHOICE = re.compile(r"\[([^\[\]]*)\]")


def _fill(template: str, ctx: dict[str, str], rng: random.Random, sentence: bool = True) -> str:
    text = _CHOICE.sub(lambda m: rng.choice(m.group(1).split("|")), template).format_map(ctx)
    return text[0].upper() + text[1:] if sentence else text


def _person(rng: random.Random) -> str:
    return f"{rng.choice(FIRST_NAMES)} {rng.choice(LAST_NAMES)}"


def _org(rng: random.Random, city: str) -> str:
    head = rng.choice((city, rng.choice(ORG_HEADS)))
    return f"{head} {rng.choice(ORG_FIELDS)} {rng.choice(ORG_KINDS)}"


def new_event(key: str) -> dict[str, str]:
    """The fixed facts of one event: place, people, organisations, figures."""
    rng = _rng("event", key)
    beat = rng.choice(sorted(BEATS))
    city, country = rng.choice(CITIES)
    city2 = rng.choice([c for c, _ in CITIES if c != city])
    ctx = {
        "beat": beat, "city": city, "city2": city2, "country": country, "region": rng.choice(ORG_HEADS),
        "day": rng.choice(WEEKDAYS), "storm": rng.choice(STORM_NAMES), "disease": rng.choice(DISEASES),
        "company": f"{rng.choice(COMPANY_STEMS)} {rng.choice(COMPANY_KINDS)}",
        "company2": f"{rng.choice(COMPANY_STEMS)} {rng.choice(COMPANY_KINDS)}",
        "team": f"{city} {rng.choice(TEAM_NAMES)}", "team2": f"{city2} {rng.choice(TEAM_NAMES)}",
        "mission": rng.choice(MISSIONS), "score": f"{rng.randint(1, 4)}-{rng.randint(0, 2)}",
        "org1": _org(rng, city), "org2": _org(rng, city),
        "n1": f"{rng.randint(2, 90) * 1000:,}", "n2": str(rng.randint(12, 480)), "n3": str(rng.randint(30, 900)),
        "n4": str(rng.randint(8, 60)), "n_small": str(rng.randint(2, 9)), "pct": f"{rng.randint(15, 95)}",
    }
    for i in range(1, 5):
        name = _person(rng)
        ctx[f"p{i}"] = name
        ctx[f"p{i}_last"] = name.split()[-1]
        ctx[f"p{i}_role"] = rng.choice(ROLES)
    ctx["thing"] = _fill(rng.choice(BEATS[beat]["thing"]), ctx, rng, sentence=False)
    return ctx


def _context(event: dict[str, str], rng: random.Random) -> dict[str, str]:
    ctx = dict(event)
    ctx["when"] = rng.choice((f"on {event['day']}", f"late {event['day']}", f"early {event['day']}",
                              f"on {event['day']} morning", f"on {event['day']} evening"))
    ctx["later"] = rng.choice(("later in the week", "in the coming days", "by the weekend", "next week"))
    return ctx


def write_story(event: dict[str, str], key: str, paragraphs: int,
                shared: tuple[str, ...] = ()) -> list[str]:
    """A story of about `paragraphs` paragraphs; `shared` paragraphs (quotes, background) are spliced in verbatim."""
    rng = _rng("story", key)
    beat = BEATS[event["beat"]]
    pool = list(beat["body"]) + list(GENERIC) + list(QUOTES)
    rng.shuffle(pool)
    out = [_fill(rng.choice(beat["lead"]), _context(event, rng), rng)]
    while len(out) < paragraphs:
        sentences = [_fill(pool.pop() if pool else rng.choice(GENERIC), _context(event, rng), rng)
                     for _ in range(rng.choice((1, 2, 2)))]
        out.append(" ".join(sentences))
    for i, paragraph in enumerate(shared):
        out.insert(min(len(out), 2 + 2 * i), paragraph)
    return out


def write_update(event: dict[str, str], key: str, earlier: list[str]) -> list[str]:
    """A substantive update: new lead and reporting, about half of the earlier body kept."""
    rng = _rng("update", key)
    newer = dict(event, n1=f"{int(event['n1'].replace(',', '')) * 2:,}", n_small=str(int(event["n_small"]) + 3))
    fresh = write_story(newer, key + "/new", 4)
    kept = [p for p in earlier[1:] if rng.random() < 0.5]
    return fresh[:3] + kept + fresh[3:]


def write_through(key: str, earlier: list[str], event: dict[str, str]) -> list[str]:
    """A minor fix: one figure in the lead changes and one paragraph is added (same story)."""
    rng = _rng("writethru", key)
    lead = earlier[0].replace(event["n_small"], str(int(event["n_small"]) + 1), 1)
    extra = _fill(rng.choice(GENERIC), _context(event, rng), rng)
    return [lead] + earlier[1:] + [extra]


def headline(event: dict[str, str], key: str) -> str:
    rng = _rng("title", key)
    verb = rng.choice(("hits", "shakes", "disrupts", "dominates", "tests", "stirs"))
    return f"{event['thing'][0].upper() + event['thing'][1:]} {verb} {event['city']}"


def make_outlets(count: int, seed: int) -> list[Outlet]:
    rng = _rng("outlets", seed)
    outlets, seen = [], set()
    while len(outlets) < count:
        host = f"{rng.choice(OUTLET_PLACES).lower()}{rng.choice(OUTLET_PAPERS)}.com"
        if host in seen:
            continue
        seen.add(host)
        outlets.append(Outlet(host, rng.choice(("keep", "strip", "strip", "short", "colon")),
                              rng.choice(OUTLET_TAILS), rng.choice((0.0, 0.1, 0.3, 0.6)),
                              rng.choice((0.0, 0.2, 0.5, 0.8))))
    return outlets


def _dateline(story: Story, style: str) -> str:
    credit = AGENCY_CREDIT.get(story.agency or "", "")
    month = MONTHS[story.published.month - 1]
    if style == "keep" and credit:
        return f"{story.city.upper()} ({credit}) — "
    if style == "keep":
        return f"{story.city.upper()}, {month} {story.published.day} — "
    if style == "short":
        return f"{story.city.upper()} - "
    if style == "colon":
        return f"{story.city}: "
    return ""


def _edit_words(paragraphs: list[str], rng: random.Random, count: int) -> list[str]:
    out = list(paragraphs)
    for _ in range(count):
        i = rng.randrange(len(out))
        old, new = rng.choice(WORD_EDITS)
        if rng.random() < 0.25 and ". " in out[i]:
            sentences = out[i].split(". ")
            del sentences[rng.randrange(len(sentences))]
            out[i] = ". ".join(sentences)
        else:
            out[i] = out[i].replace(old, new, 1)
    return out


def republish(story: Story, outlet: Outlet, copy_key: str, other_titles: list[str]) -> str:
    """The body text one outlet runs for `story`, as extraction would return it."""
    rng = _rng("copy", copy_key)
    paragraphs = list(story.paragraphs)
    if rng.random() < outlet.truncates and len(paragraphs) > 3:
        paragraphs = paragraphs[:max(2, round(len(paragraphs) * rng.uniform(0.35, 0.75)))]
    if rng.random() < 0.2 and len(paragraphs) > 4:
        del paragraphs[rng.randrange(2, len(paragraphs))]
    if rng.random() < outlet.edits:
        paragraphs = _edit_words(paragraphs, rng, rng.randint(1, 5))
    if rng.random() < 0.1:
        local = _fill(rng.choice(GENERIC), dict(_context(new_event(copy_key), rng)), rng)
        paragraphs.insert(rng.randint(2, len(paragraphs)), local)
    if rng.random() < 0.15 and len(paragraphs) > 2:
        line = rng.choice(LEAKED_LINES).format(other=rng.choice(other_titles))
        paragraphs.insert(rng.randint(1, len(paragraphs) - 1), line)
    if rng.random() < 0.2 and len(paragraphs) > 3:
        i = rng.randrange(1, len(paragraphs) - 1)
        paragraphs[i:i + 2] = [paragraphs[i] + " " + paragraphs[i + 1]]
    paragraphs[0] = _dateline(story, outlet.dateline) + paragraphs[0]
    if rng.random() < 0.15:
        paragraphs.insert(0, story.title)
    if outlet.tail:
        paragraphs.append(outlet.tail)
    return "\n".join(paragraphs)


def agency_text(story: Story) -> str:
    tail = AGENCY_TAILS[story.agency].format(year=story.published.year, reporter=_person(_rng(story.label)),
                                             editor=_person(_rng(story.label, "ed")), initials="ab", initials2="cd")
    return "\n".join([_dateline(story, "keep") + story.paragraphs[0]] + story.paragraphs[1:] + [tail])


def article(text: str, host: str, slug: str, published: dt.date | None, fetched_day: int, record: int,
            agency: str | None, canonical: bool = True, tracking: bool = False) -> dict:
    """An article dict as the pipeline hands it to dedup."""
    url = f"https://www.{host}/news/{slug}" + ("?utm_source=feed&utm_medium=rss" if tracking else "")
    canonical_url = f"https://{host}/news/{slug}" if canonical else url
    return {
        "doc_id": hashlib.sha256(f"{canonical_url}\n{text}".encode()).hexdigest()[:16],
        "url": url, "canonical_url": canonical_url, "host": host,
        "source_file": "syndication-set.jsonl", "source_record": f"line:{record}", "source_format": "jsonl",
        "fetched_at": dt.datetime(2024, 5, 1, tzinfo=dt.timezone.utc) + dt.timedelta(days=fetched_day),
        "title": None, "author": None, "sitename": host, "published_at": published,
        "language_score": 0.99, "text": text, "text_chars": len(text),
        "dateline_raw": None, "dateline_city": None, "dateline_region": None, "dateline_country": None,
        "dateline_date": None, "dateline_agency": None, "wire_origin": agency,
        "wire_carriers": [], "wire_agencies": [agency] if agency else [], "wire_evidence": [],
        "is_wire": agency is not None, "language": "en", "year": "2024", "month": "05",
    }


class SetBuilder:
    """Collects articles and their story labels."""

    def __init__(self, seed: int, outlets: int = 40):
        self.seed = seed
        self.outlets = make_outlets(outlets, seed)
        self.articles: list[dict] = []
        self.labels: list[str] = []
        self.titles: list[str] = ["Council approves new budget", "Rain expected through the weekend"]

    def _add(self, row: dict, label: str) -> None:
        row["source_record"] = f"line:{len(self.articles)}"
        self.articles.append(row)
        self.labels.append(label)

    def story(self, event: dict[str, str], key: str, paragraphs: list[str], agency: str | None,
              day: int, label: str | None = None) -> Story:
        published = dt.date(2024, 5, 1) + dt.timedelta(days=day)
        story = Story(label or key, paragraphs, headline(event, key), event["city"], agency, published)
        self.titles.append(story.title)
        return story

    def syndicate(self, story: Story, copies: int) -> None:
        """The agency's own page (for wire stories) plus `copies` outlet versions, some captured twice."""
        rng = _rng("syndicate", self.seed, story.label, len(self.articles))
        slug = re.sub(r"[^a-z0-9]+", "-", story.title.lower()).strip("-")
        slug += "-" + hashlib.sha256(story.label.encode()).hexdigest()[:6]
        if story.agency and rng.random() < 0.7:
            self._add(article(agency_text(story), AGENCIES[story.agency], slug, story.published, 0, 0,
                              story.agency), story.label)
        for i, outlet in enumerate(rng.sample(self.outlets, min(copies, len(self.outlets)))):
            text = republish(story, outlet, f"{self.seed}/{story.label}/{i}/{len(self.articles)}", self.titles)
            late = rng.random() < 0.3
            published = None if rng.random() < 0.1 else story.published + dt.timedelta(days=int(late))
            row = article(text, outlet.host, f"{slug}-{i}", published, i % 3, 0, story.agency,
                          canonical=rng.random() < 0.8, tracking=rng.random() < 0.3)
            self._add(row, story.label)
            if rng.random() < 0.08:
                # The crawler fetched the same page again a few days later.
                self._add(dict(row, fetched_at=row["fetched_at"] + dt.timedelta(days=3)), story.label)

    def briefs_with_footer(self, count: int, key: str) -> None:
        """Unrelated short items from one site, each ending with the same long footer."""
        for i in range(count):
            event = new_event(f"{key}/{i}")
            body = write_story(event, f"{key}/{i}", 2)
            text = "\n".join(body + [BOILERPLATE_FOOTER])
            self._add(article(text, "metrobriefs.com", f"brief-{key}-{i}", dt.date(2024, 5, 2), 0, 0, None),
                      f"brief/{key}/{i}")


def quality_set(seed: int = 2024) -> tuple[list[dict], list[str]]:
    """About 1,600 articles with their story labels (see the module docstring for what a label means)."""
    builder = SetBuilder(seed)
    rng = _rng("quality", seed)
    agencies = sorted(AGENCIES) + [None, None]
    for e in range(48):
        event = new_event(f"{seed}/event/{e}")
        main_len = rng.choice((5, 8, 11, 14, 18))
        agency = rng.choice(agencies)
        statement = _fill(rng.choice(QUOTES), _context(event, rng), rng)
        background = _fill(rng.choice(GENERIC), _context(event, rng), rng)
        main_key = f"{seed}/{e}/main"
        main = write_story(event, main_key, main_len, (statement, background))
        story = builder.story(event, main_key, main, agency, e % 20)
        builder.syndicate(story, rng.choice((1, 3, 6, 10, 15, 25, 35)))
        if rng.random() < 0.35:
            through = write_through(main_key, main, event)
            builder.syndicate(dataclasses.replace(story, paragraphs=through), rng.choice((2, 4, 8)))
        for s in range(rng.choice((0, 1, 1, 2, 3))):
            sib_key = f"{seed}/{e}/sibling/{s}"
            shared = (statement,) if s % 2 else (statement, background)
            sibling = write_story(event, sib_key, rng.choice((4, 7, 9, 12)), shared)
            builder.syndicate(builder.story(event, sib_key, sibling, rng.choice(agencies), e % 20),
                              rng.choice((1, 2, 5, 9, 14)))
        if rng.random() < 0.4:
            upd_key = f"{seed}/{e}/update"
            update = write_update(event, upd_key, main)
            builder.syndicate(builder.story(event, upd_key, update, agency, e % 20 + 1), rng.choice((2, 5, 12)))
    for u in range(60):
        key = f"{seed}/single/{u}"
        event = new_event(key)
        builder.syndicate(builder.story(event, key, write_story(event, key, rng.choice((3, 6, 9))), None, u % 20), 1)
    builder.briefs_with_footer(40, f"{seed}/briefs")
    return builder.articles, builder.labels


def scaling_plan(n_docs: int, seed: int = 7) -> list[tuple[int, str, int]]:
    """What `scaling_set` writes, as (story index, kind, copies); small enough to ship to workers.

    Per 10,000 documents: one story with 1,000 copies, 1,000 unrelated short
    items sharing one site footer (hot LSH buckets that grow with the corpus),
    and the rest stories with 1 to 60 copies.
    """
    rng = _rng("scaling", seed)
    plan, made, briefs, index = [], 0, 0, 0
    big_left = max(1, n_docs // 10_000)
    while made < n_docs:
        index += 1
        if briefs * 10 < made:
            plan.append((index, "brief", 1))
            briefs += 1
            made += 1
            continue
        copies = 1000 if big_left and index % 7 == 0 else rng.choice((1, 1, 1, 2, 3, 4, 6, 10, 20, 60))
        big_left -= copies == 1000
        copies = min(copies, n_docs - made)
        plan.append((index, "story", copies))
        made += copies
    return plan


def scaling_docs(entry: tuple[int, str, int], seed: int = 7) -> list[dict]:
    """The articles of one plan entry; copies go to generated hosts so that a story can have thousands."""
    index, kind, copies = entry
    key = f"{seed}/s/{index}"
    event = new_event(key)
    if kind == "brief":
        text = "\n".join(write_story(event, key, 2) + [BOILERPLATE_FOOTER])
        row = article(text, "metrobriefs.com", f"brief-{index}", dt.date(2024, 5, 2), 0, 0, None)
        return [dict(row, source_record=f"story:{index}:0")]
    rng = _rng("scaling-story", key)
    agency = rng.choice(sorted(AGENCIES) + [None])
    story = Story(key, write_story(event, key, rng.choice((4, 7, 10, 14))), headline(event, key),
                  event["city"], agency, dt.date(2024, 5, 1) + dt.timedelta(days=index % 28))
    rows = []
    for c in range(copies):
        outlet = Outlet(f"outlet{c}.example", ("keep", "strip", "short")[c % 3], OUTLET_TAILS[c % 8], 0.3, 0.3)
        text = republish(story, outlet, f"{key}/{c}", ["Markets close higher"])
        row = article(text, outlet.host, f"story-{index}", story.published, c % 5, 0, agency)
        rows.append(dict(row, source_record=f"story:{index}:{c}"))
    return rows


def scaling_set(n_docs: int, seed: int = 7) -> Iterator[dict]:
    """`n_docs` articles with heavy syndication, in a fixed order (see `scaling_plan`)."""
    for entry in scaling_plan(n_docs, seed):
        yield from scaling_docs(entry, seed)
