"""Issue 18's relation kinds and entity types, on sentences written for these tests (not the
gold set's): founders, parents and headquarters from the trigger table, nationality, posts
with tenure, calendar words and datelines. The real bundled pipeline, one extraction run."""

from __future__ import annotations

from pathlib import Path

import pytest
from extracted import fact_pairs
from rdflib import RDF, RDFS, Literal, URIRef

from kg.extraction import ExtractOptions, extract
from kg.vocab import ITSRDF, KG, NIF, SCHEMA

TEXTS = {
    "cofounded": "Harlow Analytics was co-founded by Mei Chen and Tomas Ruiz.",
    "founded": "Oskar Brandt founded Vellum Studios in 2004.",
    "not-founded": "Jana Novak did not found Tillman Robotics.",
    "cofounder": "Altmark Robotics co-founder Tomas Ruiz left the board.",
    "subsidiary": "Serra Foods, a subsidiary of Montclair Holdings, opened a plant.",
    "division": "Kapoor Freight is a division of Ardent Group.",
    "headquarters": "Brixton Pharma has its headquarters in Utrecht.",
    "nationality": "The Dutch cyclist Anouk Visser won the stage.",
    "government": "The German government fined Tillman Robotics.",
    "film": "Rangeela Raat is a 1962 Indian film directed by Anil Mehra.",
    "relative-under-negation": "Olga Lind, who holds Swedish citizenship, was not allowed to enter.",
    "owner-under-negation": "Montclair Holdings, which owns Serra Foods, did not comment.",
    "resigned": "Rosa Klein resigned as president of Altmark Bank in 2021.",
    "former": "Former Serra Foods chairman Henrik Olsen died last week.",
    "incoming": "Lucas Meyer will become chief financial officer of Brixton Pharma.",
    "leaving-later": "Vellum Studios chairman Ines Duarte will step down next year.",
    "dateline": "LISBON — Ines Duarte spoke to reporters on Wednesday.",
    "ranks": "Staff Sergeant Omar Kell and Petty Officer Dana Reyes were injured.",
    "ampersand": "Bell & Okafor, a Leeds firm, advised the sellers.",
    "own-name": "The Chinese Basketball Association fined Serra Foods.",
    "former-before": "Reporters met the former Altmark Bank chairman Henrik Olsen.",
    "party-word": "Ada Stone, the leader of the Democratic Union of Farmers, spoke.",
    "kin": "The report named Lena Brandt's brother, Piet Brandt, as a witness.",
    "committee": "The Regional Executive Committee of Nordvik met on Friday.",
    "apposition-after-and": "Kestrel Audio and Morrow Labs, a Danish company, signed a deal.",
    "kind-of-company": "Ravel Energy, a Calgary-based LNG company, hired staff.",
    "based-copula": "Marden Foods is a Glasgow-based company.",
    "department": "Lena Ortiz joined Harlan Motors, where she serves as Senior Vice President Marketing.",
    "former-member": "Ines Vale, a former member of the Harrow Rowing Club, spoke.",
    "member": "Olga Lind is a member of the Tarn Chess Club.",
    "general": "Kerrow Motor Works Limited is a subsidiary of General Motors of Detroit.",
    "chair": "Mira Okafor is the Edwin Marsh Professor of Nordic History at Kestrel University.",
    "dealer": "Karl Imhof was a Swiss antique dealer who lived in Basel.",
    "ruler-numbered": "The treaty was signed by Frederick XII of Denmark in 1340.",
    "ruler-titled": "Queen Ilsa of Norway opened the new bridge.",
    "not-a-ruler": "Anna Berg of Norway won the race, and the Duke of Kent watched.",
    "occupation-copula": "Tove Ekdahl (born 1962) is a Swedish sculptor.",
    "occupation-apposition": "Okonkwo Adebayo, a Nigerian novelist, spoke at the fair.",
    "organisation-role": "Kestrel Dynamics is a designer of chips.",
    "field-of-study": "Mira Okafor directs the Halvorsen Institute of Japanese Studies.",
    "name-from-place": "Ada Stone was a member of the U.S. House of Representatives from Ohio.",
    "landmark": "Tourists visited the Okonjo Mausoleum in Enugu.",
    "while-playing": "Omar Haddad taught music in Leeds while playing for Harrow Rovers Football Club.",
    "demonym-title": "The Kenyan Foreign Minister Amina Odhiambo met the delegation.",
    "demonym-list": "The prize went to the Peruvian poets Rosa Quispe and Mateo Huaman.",
    "demonym-in-a-name": "The French Open champion Lia Moss flew home on Sunday.",
    "demonym-of-a-field": "Our Chinese language teacher Mei Lin retired in June.",
    "demonym-of-a-restaurant": "Tomas Reyes was a Mexican restaurant owner in Dallas.",
    "biography-compound": "Pavel Dvorak (born 12 June 1955) is a retired Czech ice hockey defenceman.",
    "biography-conjuncts": "Hana Ito (1930 – 2004) was a Japanese potter and painter, born in Kyoto.",
    "biography-born": "Dana Holt (born 1980) is a British-born American sculptor.",
    "band-after-demonym": "It is the first album by American punk rock band Velvet Static, released in 1982.",
    "band-formed-by": "It was the band Omar Haddad formed in 1990.",
    "office-former": "The former President of Chile, Ana Rojas, opened the fair.",
    "office-compound": "Maria Olsen, the United States Secretary of Energy, visited the plant.",
    "side-before-name": "Omar Haddad signed for Scottish side Dunmore Vale in 2015.",
    "works-as": "Ana Rojas works as an engineer for Kestrel Robotics.",
    "party-before-name": "The Greens backed the Labour leader Ana Holt on Monday.",
    "party-entity-before-name": "Labor won the seat, and Labor candidate Priya Nair thanked them.",
    "institution-opening": "She taught at the Escuela de Santa Lucía in Cordoba.",
    "society-member": "Ana Rojas is a painter. She is a member of the Valdivia Art Society.",
    "demonym-place-name": "The match was held at Indian Springs Academy in Tulsa.",
    "song-and-dance": "She became a member of the Moravian Song and Dance Ensemble.",
    "institution-comma-place": "She taught at Brennick High School, Vermont, for ten years.",
    "country-in-a-list": "He taught at Kessel College, Bonn and later at Ostervik University, Sweden.",
    "served-as-office": "Ana Rojas served as President of Chile from 1990 to 1994.",
    "served-as-member": "Omar Haddad served as a member of the Harlow Chess Club.",
    "gerund-descriptor": "It is the third album by British record producer and recording artist Tomas Vale.",
    "founder-and-chairman": "It is the birthplace of Jon Vale, founder and executive chairman of Vale Communications.",
    "known-name-in-a-longer-one": "Ana Holt met Lena Berg, the founder of Shaw Communications.",
    "sold-to": "In 2015 Kestrel Robotics was sold to Ardent Group.",
    "sold-x-to-y": "Harlow Group sold Vexa Foods to Montclair Holdings in 2012.",
    "agreed-to-sell": "Harlow Group agreed to sell Vexa Foods to Montclair Holdings.",
    "started-by": "Tarn Records is a record label started by Ida Moss in 1990.",
    "occupation-at": "Lena Berg, a researcher at Vexa Labs, said the results were early.",
    "occupation-at-copula": "Lena Berg is a lecturer at Kessel College.",
    "student-at": "Omar Haddad is a student at Kessel College.",
    "was-at": "Omar Haddad was a lecturer at Kessel College.",
    "former-at": "Omar Haddad, a former analyst at Ardent Group, spoke.",
    "abbreviation": "The Harlow Transit Authority (HTA) runs the buses. The HTA is based in Leeds.",
    "played-for-place": "Mira Holt played for Sparta Krnov for three seasons.",
    "club-descriptor": "Harrow Rovers is an English football club. The club is based in Leeds.",
    "it-next-sentence": "Brixton Pharma is a drug maker. It is headquartered in Utrecht.",
    "it-chain": (
        "Brixton Pharma is a drug maker. It was founded in 1990. It is headquartered in Utrecht."
    ),
    "it-after-a-film": (
        "Brixton Pharma is a drug maker. The film was shot in 1990. It is headquartered in Oslo."
    ),
    "it-not-the-subject": (
        "The old museum was renovated by Norvik Holdings. It is headquartered in Bergen."
    ),
    "band-copula": "Velvet Static was an American punk band. The band was formed in Austin.",
    "employer-before-noun": "Reuters correspondent Ana Soto asked the question.",
    "employer-field-noun": "The Halden Post technology columnist Ana Soto wrote about it.",
    "team-before-position": "Harrow Rovers striker Omar Haddad scored twice.",
    "former-employer-before-noun": "Former Google engineer Omar Haddad spoke.",
    "customer-before-name": "Google customer Omar Haddad complained.",
    "double-surname": "Alberto Cuenca Aranas painted the chapel. Cuenca Aranas died in 1925.",
    "company-conjunct": "Quill Enso is a Danish video game development and publishing company.",
    "country-noun-copula": "Alba Rios is Chile's leading novelist.",
    "country-noun-one-of": "Tomas Veld was one of Chile's greatest painters.",
    "country-noun-apposition": "Alba Rios, Chile's leading novelist, spoke to reporters.",
    "country-noun-relational": "Avi Levin is Iran's enemy, and Ana Ruiz is Brazil's coach.",
    "from-town-country": "Eda Sahin is a jazz pianist from Izmir, Turkey.",
    "us-modifier": "Amos Veld is a U.S. businessman.",
    "country-name-modifier": "Mira Holt is a China expert.",
    "comma-in": "She lectured at the old Kessel Medical Institution, in Bergen, Norway.",
    "person-named-steel": "Edwin Harlow Steel (1920 – 2001) was a Scottish actor and singer.",
    "company-of-people": "Ada Stone Media is a British publisher.",
    "org-from-town": "Vessa Rovers is a rugby club from Arendal, Agder, in the south.",
    "copula-conjunct-org": "Norda Pictures was a British television and film production company.",
    "party-to": "Ola Berg was a party to the contract and a friend of the owner.",
    "longer-title": "Rise Against the Tide is an American rap metal band from Fresno, California.",
    "place-before-native": (
        "While attending Vessa Polytechnic College, in Lima, Ohio native Ana Roth met her husband."
    ),
    "negated-copula-post": "Ana Soto was not the chief executive of Vessa Bank.",
    "negated-occupation": "Lena Dahl is not a researcher at Orlo Labs.",
    "past-occupation": "Jon Kessin, who was a curator at the Halden Museum, wrote a book.",
    "its-two-candidates": (
        "Vessa Group sold Vessa Air in 2001, and its subsidiary Orlo Airlines was closed."
    ),
    "its-coordinated": "Vessa Group sold Vessa Air and its subsidiary Orlo Airlines in 2001.",
    "lemma-error-skier": "Lina Moreau (born 1970) is a French skier.",
    "leader-before-name": "The talks were led by Soviet leader Boris Orlov.",
    "market-leader": "Vessa Robotics is the Swedish market leader.",
    "it-nearest": (
        "The Norwegian Army called WeChat a security threat and told soldiers to delete it."
    ),
    "represented-country": "Kofi Mensah represented Ghana at the 2014 FIFA World Cup.",
    "competed-for": "Lina Berg competed for Norway in four Olympics, winning two medals.",
    "represented-district": "Jon Ruud represented Soulanges in the House of Commons of Canada.",
    "represented-state": "Ana Lopez represented Ecuador in the arbitration against Chevron.",
    "represented-denied": "Ana Lopez did not represent Ecuador at the 2012 Olympics.",
    "possessive-title-before": "Vessa Bank's chief executive, Jane Roe, said profits rose.",
    "possessive-title-after": "Jane Roe, Vessa Bank's chief executive, said profits rose.",
    "possessive-title-no-comma": "Vessa Bank's chief executive Jane Roe said profits rose.",
    "possessive-title-former": (
        "Jane Roe, Vessa Bank's former chief financial officer, said profits rose."
    ),
    "possessive-investor": "Jane Roe, Vessa Bank's biggest investor, said profits rose.",
    "serves-as-oblique": "Jane Roe serves as chairwoman of Vessa Bank.",
    "title-parsed-adjective": "Jane Roe, chief executive of Vessa Bank, said profits rose.",
    "relative-title": "Jane Roe, who is chief executive of Vessa Bank, said profits rose.",
    "adjective-no-title": "Jane Roe, happy with the results of Vessa Bank, said profits rose.",
    "who-founded": "Jane Roe, who founded Vessa Bank in 1990, said profits rose.",
    "who-joined": "Jane Roe, who joined Vessa Bank in 2019, said profits rose.",
    "who-retired-as": "Jane Roe, who retired as chairman of Vessa Bank in 2019, said it.",
    "title-field-at": "Jane Roe, a professor of economics at Halden University, said prices rose.",
    "head-of-field-at": "Jane Roe, head of research at Vessa Bank, said profits rose.",
    "one-of-the": "Vessa College is one of the oldest colleges in Norway.",
    "one-of-the-founders": "Ana Soto is one of the founders of Vessa Bank.",
    "not-one-of-the": "Vessa Bank is not one of the oldest banks in Norway.",
    "home-of": "Ohio is also the home of the Brenner Institute.",
    "home-to": "Bergen is home to the Nordic Fisheries Museum.",
    "home-to-person": "Bergen is home to Ana Soto and her family.",
    "houses": "Leeds houses the Northern Ballet Academy.",
    "teaches-at": "Ana Soto is a chemist. She teaches at Halden University.",
    "taught-at": "Ana Soto taught at Halden University until 2019.",
    "suburb-of": (
        "Greystone Academy is a public high school located in the Boston suburb of Newton, "
        "in Middlesex County, Massachusetts, United States."
    ),
    "comma-in-no-place": "Halden Labs is based in Oslo, in a former factory.",
    "town-of-given-name": "Halden Academy is a school in the town of Jackson, Ohio.",
    "office-name-on-country": "The talks were led by the prime minister of Ghana, Kofi Mensah.",
    "title-demonym-apposed": "The British Minister of State for Trade, Lord Holloway, spoke.",
    "demonym-title-comma": "The German Chancellor, Ana Holloway, spoke.",
    "demonym-portfolio-comma": "The British Trade Minister, Ana Holloway, spoke.",
    "demonym-title-list": "He met the German Chancellor, Ana Holloway and Ivan Petrov.",
    "demonym-company-comma": "The French company, Ana Holloway said, will grow.",
    "demonym-body-comma": "Run by the Danish government, Varde Labs has grown.",
    "club-marks": "Jan Berg played for FK Fyllingsdalen and later for Rosenborg BK.",
    "club-mark-opening": "SK Brann won the league in 2007.",
    "state-abbreviation": "Ana Berg moved to Springfield, IL in 2010.",
    "past-copula-post": "Ana Soto was chairman of Vessa Bank from 1990 to 1995.",
    "copula-adjective-title": "Ana Soto is the chief executive of Vessa Bank.",
    "copula-adjective-past": "Ana Soto was the chief executive of Vessa Bank.",
    "copula-adjective-bare": "Ana Soto is executive.",
    "hyphenated-surname": "Louise Faure-Favier was a French writer.",
    "hyphenated-surnames-of-two": "The Kowal-Berg talks were held in Oslo by Ana Kowal.",
    "biography-brackets": "Orsa Kveld (Norwegian: Orsa Kveldsen; born 1966) is a Norwegian writer.",
    "organisation-brackets": "Vessa Bank (founded 1990) is a Norwegian bank.",
    "publication-in": "The Halden Courier is the largest weekly publication in western Norway.",
    "club-in": "Vessa FC is a football club in Bergen.",
    "player-in": "Ana Soto is the best player in Norway.",
    "place-in-brackets": "Vessa Bank is based in Oslo (Norway).",
    "pronoun-post": "Ola Berg is a Norwegian economist. He is vice president of the Nordic Trade Society.",
    "pronoun-post-two-people": "Ola Berg met Jan Dahl. He is the chairman of Vessa Bank.",
    "pronoun-retired-as": "Ana Berg is a banker. She retired as chairman of Vessa Bank in 2019.",
    "pronoun-object-person": "The board met Jan Dahl in May. He is the chairman of Vessa Bank.",
    "party-member-capitalised": (
        "Anders Lund is a British politician who was a Conservative Member of Parliament."
    ),
    "elected-as-party": "Anders Lund was elected as a Whig to the Thirty-first Congress.",
    "ran-as-party-candidate": "Anders Lund ran as the Green candidate in 2001.",
    "candidate-of-party": "Anders Lund won the seat as the candidate of the Nordic Democratic Party.",
    "described-as-liberal": "Anders Lund was described as a liberal by the press.",
    "predicate-apposition-post": (
        "Anders Lund was an American sociologist, the first president of Halden University."
    ),
    "predicate-apposition-other": (
        "Anders Lund is a friend of Jan Dahl, the chief executive of Vessa Bank."
    ),
    "hyphenated-given-name": "The ministry said Kang Won-yong had resigned.",
    "hyphenated-compound": "The Ana Soto-led coalition won the vote.",
    "pronoun-joined": "Ana Berg is a diplomat. She joined the Nordic Peace Union aged 14.",
    "label-in": "Vessa Records is an independent record label in Canada.",
    "party-in": "The Green Union is a political party in Norway.",
    "group-member-in": "Ana Soto is a member of a group in Oslo.",
    "who-heads": "Ana Soto, who heads Vessa Bank, said costs rose.",
    "headed-until": "Ana Soto headed Vessa Bank until 2019.",
    "appointed-as": "Vessa Bank has appointed Ana Soto as its new chief executive.",
    "took-over-as": "Ana Soto took over as chief executive of Vessa Bank in May.",
    "will-take-over-as": "Ana Soto will take over as chief executive of Vessa Bank in May.",
    "its-title-before-name": "Vessa Bank reported a loss, its chief executive Ana Soto said.",
    "its-two-companies": "Vessa Bank and Halden Labs met, and its chief executive Ana Soto spoke.",
    "listed-founders": "Lumen Media was founded by Ana Soto and Omar Haddad in 2004.",
    "listed-members": (
        "Tova Brandt is a member of the Royal Nordic Academy and the Halden Chess Federation."
    ),
    "no-list-after-comma": "Lumen Media is owned by Kessel Group, Nordhavn Capital said on Monday.",
    "occupation-before-name": "The company hired the geologist Tjark Oyelaran in May.",
    "speaker-name": "Tjark Oyelaran said the fossil was older than expected.",
    "party-word-before-name": (
        "The bill was backed by Democrat Mara Quinlan and fellow Republican Carl Hennessy."
    ),
    "demonym-noun-before-name": (
        "Frenchman Luc Garnier won the stage ahead of the Dutchman Pieter Vos."
    ),
    "no-descriptor-word": "Members of the Republican Guard surrounded the palace near Dutch Harbor.",
    "biography-phrases": (
        "Tomas Lindqvist (born 4 May 1971) is a Swedish former Alpine skier.\n\n"
        "Hanna Berg (1859 – 1932) was a Norwegian textile and stained-glass designer.\n\n"
        "Omar Haddad is a retired Egyptian three-star rank general officer.\n\n"
        "Ana Soto (born 1988) is a Chilean football forward.\n\n"
        "Lena Ortiz (born 1970) is a Peruvian language teacher."
    ),
    "name-particles": (
        "He was advised by the German envoy Manfred von Killinger in 1941.\n\n"
        "Jefferson Madeira da Silva (born 15 February 1988) is a Brazilian football forward."
    ),
    "alias-names": (
        "Orlo Savings Bank, commonly known as Orlo Bank, is based in Bergen.\n\n"
        "Dunmore Bank, formerly Tarrow Savings Bank, is based in Oslo.\n\n"
        "The Halden Rowing Club, also known as Halden Oars, was founded in 1901.\n\n"
        "Lumen Media and Kessel Group are based in Leeds."
    ),
    "places-after-brackets": (
        "Brandt Academy is a private school located in the city of Tempe, Arizona (United "
        "States) in Maricopa County."
    ),
    "belongs-and-branch": (
        "Tarrow Media belonged to the state-owned Kessel Holdings group.\n\n"
        "Orlo Bank is a branch of Dunmore Group."
    ),
    "teams-such-as": (
        "Tomas Berg played for teams such as Vessa United, Orlo Rovers and Dunmore City."
    ),
    "country-alias-after-of": (
        "The album was certified gold by the Music Retailers Association of America.\n\n"
        "America Verde Holdings Corporation reported a loss in May."
    ),
    "league-of-country": (
        "He moved from Kessel First League, the second highest professional football league "
        "of Turkey."
    ),
    "call-sign": (
        "CKXR-FM is a Canadian radio station in Kamloops. The station is owned by Vessa Media."
    ),
    "hyphen-dateline": "DENVER - The city council met on Monday.",
    "country-titles": (
        "John Thurman was a U.S. Representative from New York.\n\n"
        "U.S. Senator Ana Holt said the bill would pass.\n\n"
        "Simon Crean, Australia's Minister for Trade, answered the farmers."
    ),
    "place-before-kind-noun": (
        "Brandt Academy is a boarding school located in the California town of Ojai.\n\n"
        "Kessel College is a private college in the Boston suburb of Newton."
    ),
    "place-in-name-wider": "A native of Halden, Norway, Lena Berg attended Halden University.",
    "joining-gerund": "Tomas Berg began his career at Halden before joining Orlo Rovers in 1991.",
    "plural-possessive-title": "Vessa Airways' CEO, Doug Parker, spoke to reporters on Monday.",
    "founder-of-described-company": (
        "Leone Vik (born 1973) is an American filmmaker, and founder of film company Kessel "
        "Pictures."
    ),
    "school-and-command-of": (
        "Orlo Business School is the business school of Halden University.\n\n"
        "Halden Naval Forces was a command of the Norwegian Navy from 1944 to 1958."
    ),
    "of-party-two-subjects": "Digvijaya Rao of the Congress Party won the election.",
    "stage-name-biography": (
        "Korvo (born on 3 May 1980 in Bergen) is a Norwegian rapper.\n\n"
        "Velta (founded 1980) is a Norwegian record label."
    ),
    "listed-of": "Damien Hale and Rodrigo Vik of the Orlo Foundation said the figures were wrong.",
    "between-of": "The quarrel between Ines Brandvik and Tomas Aune of Kestrel Shipping ended.",
    "elected-member": "In 1784, Omar Haddad was elected a member of the Royal Nordic Academy.",
    "signed-for": "Omar Haddad signed for Harrow Rovers Football Club in 2005.",
    "firm-in": "Harlow Analytics, a small firm in Leeds, hired ten engineers.",
    "firm-in-a-field": "Kestrel Bank is a leading company in the insurance industry.",
    "institution-in": "Officials of Harwick Hospital in Leeds said the ward had closed.",
    "institution-in-a-month": "Ada Stone lectured at the University of Leeds in March.",
    "works-for": "Lena Ortiz works for Harlan Motors in Detroit.",
    "worked-for": "Lena Ortiz worked for Harlan Motors until 2019.",
    "will-work-for": "Lena Ortiz will work for Harlan Motors from May.",
    "not-work-for": "Lena Ortiz does not work for Harlan Motors.",
    "employed-by": "Lena Ortiz is employed by Harlan Motors.",
    "copula-based": "Kestrel Freight is a logistics company based in Aarhus.",
    "city-of": "Harlow Analytics is headquartered in the town of Keswick.",
    "museum-of-in": "He visited the Museum of Modern Art in New York last week.",
    "team-member": "Harrow Rovers goalkeeper Omar Haddad saved two penalties.",
    "band-name-cut": "The riffs were written by Burn Against the Wheel bassist Tim Vale.",
    "country-possessive": "Denmark's Kestrel Freight bought three ships.",
    "north-korean": "Ri Chol, a North Korean diplomat, met the envoy.",
    "south-korean": "Anna Park is a South Korean actress.",
    "korean-in-a-name": "The Korean Central News Agency said the test had succeeded.",
    "president-of": "The unveiling was attended by the President of Poland, Lech Kowal, and others.",
    "ambassador": "Anna Berg is Norway's ambassador to Japan.",
    "coach-of": "Anna Berg, the coach of Norway, resigned.",
    "place-chain": "Harlow Analytics is headquartered in Keswick, Cumbria, England.",
    "place-country": "The Kestrel Growers Federation is based in Leeds, United Kingdom, since 1990.",
    "place-list": "Harlow Analytics is based in Leeds, and Kestrel Bank in York.",
    "of-organisation": "Danny Wade of the Dallas Rangers was the last kicker to do so.",
    "of-organisation-noun": "The second version features Ana Ruiz of the Mexican pop group Lumora.",
    "of-a-common-noun": "Dean Marsh of the college spoke.",
    "of-a-longer-name": "It is the solo album of Roland Oster of the group Tears for Fears.",
    "citizen-of": "Carlos Mendes, a citizen of Portugal, was arrested in Madrid.",
    "country-person": "The award went to France's Léa Morel on Sunday.",
    "country-rival": "Norway's rival, Anna Berg, won the race.",
    "party-copula": "Harold Vance was a Republican member of the Ohio House of Representatives.",
    "party-word-in-name": "Anna Green was a member of the school board.",
    "team-after-place": "Ray Dunn, a forward, played for the Memphis Grizzlies.",
    "band-before-name": "He played a solo for Australian melodic death metal band Cinderfall.",
    "compound-maker": "Kestrel Arms is a major Turkish weapons manufacturer.",
    "band-name-goes-on": "The album is by the British rock band Tears for Fears.",
    "institution-region": "She studied at Kestrel University in Bergen, Norway.",
    "malagasy": "Christine Rasoa is a Malagasy politician.",
    "drafted": "Tomas Reyes was drafted by the Portland Herons in 2011.",
    "traded": "Two years later, Tomas Reyes was traded to the Halifax Comets for two picks.",
    "team-of-league": "Tomas Reyes was drafted by the Salem Wolves of the Western Hockey League.",
    "institution-of-place": "Ayala graduated from the University of Michigan with a degree.",
    "institution-of-field": "Lena Berg studied at the Museum of Fine Arts.",
    "institution-of-saint": "Ada Stone taught at the College of St. Scholastica for ten years.",
    "institution-of-other": "She worked at the Library of Congress.",
    "copula-on-compound": "Kestrel Academy is a Catholic day and boarding school in Norway.",
    "club-before-name": (
        "Omar Haddad is a Ghanaian footballer who plays for Premier League club Harrow Rovers."
    ),
    "club-of-league": "Omar Haddad previously played for Western League club Gaziantepspor.",
    "team-untagged": "Omar Haddad plays for Harrow Rovers in the Scottish Premiership.",
    "country-brackets-person": "In the final, Jonas Berg (Sweden) beat Ole Lund in three sets.",
    "country-brackets-org": "The deal involved Halvard Electric (Japan) and two banks.",
    "city-brackets": "Ana Soto (Oslo) said the plan was good.",
    "party-brackets": "The mayor is Janne Holm (Conservative Party), who took office in May.",
    "politician-for-party": "Eivind Moe was a Norwegian politician for the Labour Party.",
    "party-politician": "Joan Barton is an Irish Labour Party politician who served as minister.",
    "party-critic": "Ada Stone, a fierce critic of the Republican Party, spoke on Monday.",
    "party-donor": "Ada Stone, a longtime Labour donor, paid for the event.",
    "party-apposition-on-surname": "Josh Dale, a Republican, voted against the bill.",
    "inverted-copula": "The former chairman of Pellworth Bank is Omar Haddad.",
    "inverted-copula-no-title": "The winner of the prize is Ana Soto.",
    "copula-second-title": (
        "Osmund Lie is a Norwegian civil servant and former chief executive of Pellworth Bank."
    ),
    "non-organisation": "The first non-Pellworth Bank chairman was Omar Haddad.",
    "traded-shares": "Oren Tal traded shares of Corvel to Pinecrest Media.",
    "joined-party": "Mira Olsen joined the Bergen Socialist Party in 1990.",
    "joined-company": "Lena Dahl joined Orbital Freight as chief engineer in 2015.",
    "joined-if": "If Mira Olsen joins the Bergen Socialist Party, she will run for mayor.",
    "joined-faculty": "In 1971 Jonas Wik joined the staff of the Narvik Maritime Academy.",
    "released-by-two": (
        "Released in 1972 by Kestrel Records in Canada and Vessa Records in France, the single "
        "reached the charts."
    ),
    "aired-on-a-place-tagged-name": "Season two aired on Corvina in Portugal.",
    "released-in-country-by": "The single was released in Ireland on 2 May 1999 by Larkin Records.",
    "built-by-abroad": "The Zephyr van is built by Marlow Motors in Mexico.",
    "hostages-released": "The hostages were released in Syria by the Orlo Front.",
    "treaty-signed": "The treaty was signed in France by the Orlo Group.",
    "released-in-a-town": "The album was released by Brantley Records in Leeds.",
    "title-of-country": "Olav Strand, the King of Norway, opened the tunnel in 1988.",
    "native-country": "Ola Berg was a painter. In 1961 he moved back to his native Norway.",
    "parent-in-name": (
        "The broadcaster Kestrel was founded in Oslo in 1950. The film was made by Kestrel "
        "Pictures in 1999."
    ),
    "same-organisation-longer-name": (
        "Halvard Media expanded in 2001. Its holding company, Halvard Media Group, bought "
        "a paper. The Halvard Media Foundation gave money to schools."
    ),
    "native-town": "Ola Berg was a painter. In 1961 he moved back to his native Bergen.",
    "organisation-from-country": "The contract went to Halvard Shipping from Norway in 2004.",
    "inverted-copula-founded": (
        "The oldest bank in the town, founded in 1822, is Halden Savings Bank, a lender."
    ),
    "former-country-name": "Hugo Perera (1840 – 1901) was a surveyor from Ceylon.",
    "played-for-a-season": "Erik Sand played for two seasons for the Tromsø Falcons.",
    "worked-for-years": "Lise Moe worked for ten years for Halden Freight in Oslo.",
    "from-country": "Tomas Vik is a painter from Norway.",
    "from-country-apposition": "Lena Berg, a journalist from France, asked the first question.",
    "org-from-country": "Lumen Audio, a headphone maker from Denmark, cut prices.",
    "from-city": "Lena Berg, a painter from Bergen, opened the show.",
    "from-thing": "Lena Berg read a letter from Norway.",
    "becomes-if": "If Mira Olsen becomes chief executive of Corvel, sales will rise.",
    "title-in-denial": "The plan was rejected by Prime Minister Ana Soto on Monday.",
    "name-run-into-place": "Her work is shown at the Harlow Institute in Bergen.",
    "name-run-into-title": "Rahim was an aide to former Afghan Prime Minister Karim Daud.",
    "place-with-occupation": "Kjetil Aurland is a Norwegian civil servant and former CEO of NSB.",
    "three-word-demonym": "Kila Ravu is a Papua New Guinean runner.",
    "two-word-demonym": "Juan Boneke was an Equatorial Guinean politician.",
    "occupation-by-suffix": "Christian Holm (1731 – 1803) was a Danish malacologist.",
    "list-by-suffix": "The playlist was chosen by Anna Berg, a Danish playlist.",
    "field-teacher": "Li Wei is a Chinese language teacher in Boston.",
    "field-professor": "Anna Vos is an English literature professor at Leeds.",
    "pronoun-far-back": (
        "Greta Lind is a Swedish chemist. She studied in Uppsala. Uppsala lies north of "
        "Stockholm. A river runs through Uppsala. In 2001 she became a member of the Tarn "
        "Chess Club."
    ),
    "pronoun-two-people-back": (
        "Greta Lind met Ada Stone in Uppsala. Uppsala lies north of Stockholm. A river runs "
        "through Uppsala. Uppsala has a cathedral. In 2001 she became a member of the Tarn "
        "Chess Club."
    ),
    "known-as": "Ilse Varn was best known as the lead singer of the folk band Brisefjell.",
    "known-as-apposed": "Tor Aune, best known as the founder of Lynx Shipping Company, died in 2004.",
    "known-as-copula": "Ines Galt was a Chilean poet, best known as the pianist of the band Los Andinos.",
    "studios-in": "The album was recorded at Bluewater Studios in Halifax, Nova Scotia.",
    "or-name-opening": "Kwame Osei or K. R. Osei (1901 – 1977) was a Ghanaian textile designer.",
    "or-simply-opening": "Ivo Bekker Lindqvist, or simply Ivo Bekker (born 1990) is a Dutch rower.",
    "political-figure": "Anders Brun (1788 – 1840) was a Danish political figure.",
    "national-team-debut": "Anna Verhoeven made her debut for the Netherlands national team in 2004.",
    "national-team-member": "Rosa Quintero was a member of the Chilean national team.",
    "national-team-coach": "Henrik Aalund coached the Ghana national team until 2010.",
}


@pytest.fixture(scope="module")
def graphs(tmp_path_factory) -> dict[str, tuple]:
    folder = tmp_path_factory.mktemp("kinds")
    for name, text in TEXTS.items():
        (folder / f"{name}.txt").write_text(text, encoding="utf-8")
    dataset = extract([str(folder)], ExtractOptions()).dataset
    dataset.serialize(str(folder / "out.trig"), format="trig")
    assert extract  # validation on: violations would be in the summary
    labels = {s: str(o) for s, o in dataset.subject_objects(RDFS.label)}
    by_text = {}
    for graph in dataset.graphs():
        text = next(iter(graph.objects(None, NIF.isString)), None)
        if text is not None:
            name = next(n for n, t in TEXTS.items() if t == str(text))
            by_text[name] = (graph, labels)
    by_text["_trig"] = (folder / "out.trig", labels)
    return by_text


def facts(graphs, name: str, predicate: URIRef) -> set[tuple[str, str]]:
    return fact_pairs(*graphs[name], predicate)


def posts(graphs, name: str) -> list[dict]:
    graph, labels = graphs[name]
    found = []
    for post in graph.subjects(RDF.type, KG.Post):
        found.append(
            {p: graph.value(post, p) for p in (KG.tenure, SCHEMA.roleName, SCHEMA.endDate)}
            | {SCHEMA.startDate: graph.value(post, SCHEMA.startDate)}
            | {KG.organization: labels.get(graph.value(post, KG.organization))}
        )
    return found


def test_founders_from_the_trigger_table(graphs) -> None:
    assert facts(graphs, "cofounded", SCHEMA.founder) == {
        ("Harlow Analytics", "Mei Chen"),
        ("Harlow Analytics", "Tomas Ruiz"),
    }
    assert facts(graphs, "founded", SCHEMA.founder) == {("Vellum Studios", "Oskar Brandt")}
    assert facts(graphs, "not-founded", SCHEMA.founder) == set()
    assert facts(graphs, "cofounder", SCHEMA.founder) == {("Altmark Robotics", "Tomas Ruiz")}
    assert facts(graphs, "cofounder", SCHEMA.jobTitle) == set()  # founding is no post


def test_parents_and_headquarters_in_noun_forms(graphs) -> None:
    assert ("Serra Foods", "Montclair Holdings") in facts(
        graphs, "subsidiary", SCHEMA.parentOrganization
    )
    assert facts(graphs, "division", SCHEMA.parentOrganization) == {
        ("Kapoor Freight", "Ardent Group")
    }
    assert facts(graphs, "headquarters", SCHEMA.location) == {("Brixton Pharma", "Utrecht")}


def test_nationality_of_a_person_not_of_a_government(graphs) -> None:
    found = facts(graphs, "nationality", SCHEMA.nationality)
    assert len(found) == 1
    person, country = found.pop()
    assert person == "Anouk Visser" and "Netherlands" in country
    assert facts(graphs, "government", SCHEMA.nationality) == set()
    assert facts(graphs, "film", SCHEMA.nationality) == set()  # a film is no person


def test_a_relative_clause_is_not_negated_by_its_main_clause(graphs) -> None:
    (found,) = facts(graphs, "relative-under-negation", SCHEMA.nationality)
    assert found[0] == "Olga Lind" and "Sweden" in found[1]
    assert facts(graphs, "owner-under-negation", SCHEMA.parentOrganization) == {
        ("Serra Foods", "Montclair Holdings")
    }


def test_former_and_incoming_posts_give_no_current_facts(graphs) -> None:
    (resigned,) = posts(graphs, "resigned")
    assert (
        resigned[KG.tenure] == KG.Former and str(resigned[SCHEMA.roleName]).lower() == "president"
    )
    assert resigned[KG.organization] == "Altmark Bank" and str(resigned[SCHEMA.endDate]) == "2021"
    (former,) = posts(graphs, "former")
    assert former[KG.tenure] == KG.Former and str(former[SCHEMA.roleName]) == "chairman"
    (incoming,) = posts(graphs, "incoming")
    assert incoming[KG.tenure] == KG.Incoming and incoming[KG.organization] == "Brixton Pharma"
    for name in ("resigned", "former", "incoming"):
        assert facts(graphs, name, SCHEMA.jobTitle) == set(), name
        assert facts(graphs, name, SCHEMA.worksFor) == set(), name


def test_a_post_to_be_left_is_still_held(graphs) -> None:
    (post,) = posts(graphs, "leaving-later")
    assert post[KG.tenure] is None
    assert facts(graphs, "leaving-later", SCHEMA.jobTitle) == {("Ines Duarte", "chairman")}


def test_datelines_are_places_and_weekdays_no_entities(graphs) -> None:
    graph, labels = graphs["dateline"]
    classes = {
        str(graph.value(m, NIF.anchorOf)): graph.value(m, ITSRDF.taClassRef)
        for m in graph.subjects(ITSRDF.taIdentRef, None)
    }
    assert classes.get("LISBON") == SCHEMA.Place
    assert "Wednesday" not in classes
    assert Literal("Wednesday") not in set(labels.values())


def test_the_gold_set_for_the_new_kinds_exists() -> None:
    gold = Path(__file__).resolve().parents[1] / "benchmarks" / "gold" / "kinds.jsonl"
    assert len(gold.read_text(encoding="utf-8").splitlines()) >= 40


def test_ranks_are_titles_not_names(graphs) -> None:
    assert facts(graphs, "ranks", SCHEMA.jobTitle) == {
        ("Omar Kell", "Staff Sergeant"),
        ("Dana Reyes", "Petty Officer"),
    }


def test_names_joined_by_an_ampersand_are_one_organisation(graphs) -> None:
    # and a place before "firm" is where the firm is, not the firm's name
    assert facts(graphs, "ampersand", SCHEMA.location) == {("Bell & Okafor", "Leeds")}


def test_a_demonym_in_an_organisations_own_name(graphs) -> None:
    (found,) = facts(graphs, "own-name", KG.countryOfOrigin)
    assert found[0] == "Chinese Basketball Association" and "China" in found[1]


def test_former_before_a_title_and_name(graphs) -> None:
    (post,) = posts(graphs, "former-before")
    assert post[KG.tenure] == KG.Former and post[KG.organization] == "Altmark Bank"
    assert facts(graphs, "former-before", SCHEMA.jobTitle) == set()


def test_a_party_word_inside_another_name_is_no_party(graphs) -> None:
    assert facts(graphs, "party-word", SCHEMA.memberOf) == set()


def test_the_roles_query_says_which_posts_are_former(graphs) -> None:
    from kg.stores.query import run_query

    rows = run_query("roles", data=[graphs["_trig"][0]]).as_dicts()
    tenure = {(r["personLabel"], r["role"].lower()): r["tenure"] for r in rows}
    assert tenure[("Rosa Klein", "president")] == str(KG.Former)
    assert tenure[("Lucas Meyer", "chief financial officer")] == str(KG.Incoming)
    assert tenure[("Ines Duarte", "chairman")] is None


def test_a_kinship_word_is_no_post(graphs) -> None:
    assert facts(graphs, "kin", SCHEMA.jobTitle) == set()
    assert facts(graphs, "kin", SCHEMA.worksFor) == set()
    assert posts(graphs, "kin") == []


def mention_classes(graphs, name: str) -> dict[str, URIRef]:
    graph, _labels = graphs[name]
    return {
        str(graph.value(m, NIF.anchorOf)): graph.value(m, ITSRDF.taClassRef)
        for m in graph.subjects(ITSRDF.taIdentRef, None)
    }


def test_a_title_word_before_an_organisation_word_names_no_person(graphs) -> None:
    assert SCHEMA.Person not in mention_classes(graphs, "committee").values()
    assert posts(graphs, "committee") == []


def test_an_apposition_after_and_describes_the_last_name(graphs) -> None:
    found = facts(graphs, "apposition-after-and", KG.countryOfOrigin)
    assert {org for org, _country in found} == {"Morrow Labs"}
    assert all("Denmark" in country for _org, country in found)


def test_a_name_before_an_indefinite_company_noun_is_its_kind(graphs) -> None:
    # "a Calgary-based LNG company": the company is Ravel Energy, LNG what it sells
    assert facts(graphs, "kind-of-company", SCHEMA.location) == {("Ravel Energy", "Calgary")}
    assert facts(graphs, "based-copula", SCHEMA.location) == {("Marden Foods", "Glasgow")}


def test_a_department_after_a_title_is_no_person(graphs) -> None:
    classes = mention_classes(graphs, "department")
    assert [a for a, c in classes.items() if c == SCHEMA.Person] == ["Lena Ortiz"]
    assert facts(graphs, "department", SCHEMA.jobTitle) == set()


def test_a_former_membership_is_no_current_one(graphs) -> None:
    assert facts(graphs, "former-member", SCHEMA.memberOf) == set()
    assert facts(graphs, "member", SCHEMA.memberOf) == {("Olga Lind", "Tarn Chess Club")}


def test_a_title_adjective_opening_an_organisations_name_stays_in_it(graphs) -> None:
    classes = mention_classes(graphs, "general")
    assert classes.get("General Motors of Detroit") == SCHEMA.Organization
    assert "Motors of Detroit" not in classes


def test_a_named_chair_is_no_person(graphs) -> None:
    classes = mention_classes(graphs, "chair")
    assert [a for a, c in classes.items() if c == SCHEMA.Person] == ["Mira Okafor"]


def test_a_ruler_named_with_a_country_is_of_it(graphs) -> None:
    """A regnal number or a royal title, then "of" and a country: the ruler's nationality.
    Without either ("Anna Berg of Norway") or with no country ("Duke of Kent"), none."""
    assert facts(graphs, "ruler-numbered", SCHEMA.nationality) == {("Frederick XII", "Denmark")}
    assert facts(graphs, "ruler-titled", SCHEMA.nationality) == {("Ilsa", "Norway")}
    assert facts(graphs, "not-a-ruler", SCHEMA.nationality) == set()


def test_a_demonym_on_an_occupation_gives_a_nationality(graphs) -> None:
    assert facts(graphs, "dealer", SCHEMA.nationality) == {("Karl Imhof", "Switzerland")}


def test_a_name_said_to_hold_an_occupation_is_a_persons(graphs) -> None:
    """Names the NER misses, made people by the occupation a copula or an apposition gives
    them (and then given the nationality of its demonym); a noun organisations are also
    called ("a designer of chips") makes no person."""
    assert mention_classes(graphs, "occupation-copula")["Tove Ekdahl"] == SCHEMA.Person
    assert facts(graphs, "occupation-copula", SCHEMA.nationality) == {("Tove Ekdahl", "Sweden")}
    assert mention_classes(graphs, "occupation-apposition")["Okonkwo Adebayo"] == SCHEMA.Person
    found = facts(graphs, "occupation-apposition", SCHEMA.nationality)
    assert found == {("Okonkwo Adebayo", "Nigeria")}
    assert SCHEMA.Person not in mention_classes(graphs, "organisation-role").values()


def test_a_demonym_naming_a_field_gives_no_country(graphs) -> None:
    """ "Institute of Japanese Studies": the demonym after "of" says what it studies."""
    assert facts(graphs, "field-of-study", KG.countryOfOrigin) == set()


def test_a_name_ends_before_from_and_a_place(graphs) -> None:
    """The NER tagged "U.S. House of Representatives from Ohio" as one name."""
    found = facts(graphs, "name-from-place", SCHEMA.memberOf)
    assert found == {("Ada Stone", "U.S. House of Representatives")}
    assert "U.S. House of Representatives" in mention_classes(graphs, "name-from-place")


def test_a_name_ending_in_a_building_word_is_a_place(graphs) -> None:
    assert mention_classes(graphs, "landmark")["Okonjo Mausoleum"] == SCHEMA.Place


def test_memberships_from_play_sign_and_elect(graphs) -> None:
    """A participle takes its clause's subject ("X taught ... while playing for Y", with "for"
    hung inside the name); "signed for" a club; "was elected a member of"."""
    found = facts(graphs, "while-playing", SCHEMA.memberOf)
    assert found == {("Omar Haddad", "Harrow Rovers Football Club")}
    found = facts(graphs, "elected-member", SCHEMA.memberOf)
    assert found == {("Omar Haddad", "Royal Nordic Academy")}
    found = facts(graphs, "signed-for", SCHEMA.memberOf)
    assert found == {("Omar Haddad", "Harrow Rovers Football Club")}


def test_an_organisation_in_a_place(graphs) -> None:
    """ "a firm in Leeds" (an organisation noun's in-phrase) and "Harwick Hospital in Leeds"
    (an institution's name and its in-phrase) give a location; an in-phrase that names no
    place gives none."""
    assert facts(graphs, "firm-in", SCHEMA.location) == {("Harlow Analytics", "Leeds")}
    assert facts(graphs, "firm-in-a-field", SCHEMA.location) == set()
    assert facts(graphs, "institution-in", SCHEMA.location) == {("Harwick Hospital", "Leeds")}
    found = facts(graphs, "institution-in-a-month", SCHEMA.location)
    assert found == {("University of Leeds", "Leeds")}  # from its name; "in March" gives none


def test_an_employer_from_work_and_employ_in_the_present_only(graphs) -> None:
    """ "works for" and "is employed by" say who employs a person now; "worked for", "will
    work for" and "does not work for" do not. In "Lena Ortiz works for" the parser makes the
    name a compound of the verb: it is still its subject."""
    assert facts(graphs, "works-for", SCHEMA.worksFor) == {("Lena Ortiz", "Harlan Motors")}
    assert facts(graphs, "employed-by", SCHEMA.worksFor) == {("Lena Ortiz", "Harlan Motors")}
    for name in ("worked-for", "will-work-for", "not-work-for"):
        assert facts(graphs, name, SCHEMA.worksFor) == set(), name


def test_locations_through_a_copula_a_place_noun_and_a_name_head(graphs) -> None:
    """ "X is a company based in Y" (the participle's noun is a copula's: its subject), "in
    the town of Y" (the name, not "town") and "the Museum of Modern Art in Y" (the name's
    head word is the institution word)."""
    assert facts(graphs, "copula-based", SCHEMA.location) == {("Kestrel Freight", "Aarhus")}
    assert facts(graphs, "city-of", SCHEMA.location) == {("Harlow Analytics", "Keswick")}
    found = facts(graphs, "museum-of-in", SCHEMA.location)
    assert found == {("Museum of Modern Art", "New York")}


def test_a_team_or_band_before_a_members_noun(graphs) -> None:
    """ "Harrow Rovers goalkeeper Omar Haddad": the name before the member's noun is the team
    (an organisation the NER missed) and he is its member. When the name goes on before
    what kg would take ("Burn Against the Wheel"), neither."""
    assert mention_classes(graphs, "team-member")["Harrow Rovers"] == SCHEMA.Organization
    assert facts(graphs, "team-member", SCHEMA.memberOf) == {("Omar Haddad", "Harrow Rovers")}
    assert facts(graphs, "band-name-cut", SCHEMA.memberOf) == set()
    assert "Wheel" not in mention_classes(graphs, "band-name-cut")


def test_a_countrys_organisation_is_of_that_country(graphs) -> None:
    found = facts(graphs, "country-possessive", KG.countryOfOrigin)
    assert found == {("Kestrel Freight", "Denmark")}


def test_two_word_demonyms_and_one_that_two_countries_share(graphs) -> None:
    """ "North Korean" is North Korea's, "South Korean" South Korea's; "Korean" inside a name
    says neither ("Korean Central News Agency" is North Korean)."""
    assert facts(graphs, "north-korean", SCHEMA.nationality) == {("Ri Chol", "North Korea")}
    assert facts(graphs, "south-korean", SCHEMA.nationality) == {("Anna Park", "South Korea")}
    assert facts(graphs, "korean-in-a-name", KG.countryOfOrigin) == set()


def test_a_countrys_state_office_gives_its_holder_that_nationality(graphs) -> None:
    """A president or an ambassador of a country is its citizen; a coach need not be."""
    assert facts(graphs, "president-of", SCHEMA.nationality) == {("Lech Kowal", "Poland")}
    assert facts(graphs, "ambassador", SCHEMA.nationality) == {("Anna Berg", "Norway")}
    assert facts(graphs, "coach-of", SCHEMA.nationality) == set()


def test_the_region_and_country_after_a_place(graphs) -> None:
    """ "headquartered in Keswick, Cumbria, England": located in each; a country after the
    comma is the organisation's country. "in Leeds, and Kestrel Bank in York": only Leeds."""
    found = facts(graphs, "place-chain", SCHEMA.location)
    assert found == {
        ("Harlow Analytics", "Keswick"),
        ("Harlow Analytics", "Cumbria"),
        ("Harlow Analytics", "England"),
    }
    found = facts(graphs, "place-country", KG.countryOfOrigin)
    assert found == {("Kestrel Growers Federation", "United Kingdom")}
    assert facts(graphs, "place-list", SCHEMA.location) == {("Harlow Analytics", "Leeds")}


def test_a_name_of_an_organisation_is_one_of_its_people(graphs) -> None:
    found = facts(graphs, "of-organisation", SCHEMA.memberOf)
    assert found == {("Danny Wade", "Dallas Rangers")}
    # "of the Mexican pop group Lumora": the name after the organisation noun
    found = facts(graphs, "of-organisation-noun", SCHEMA.memberOf)
    assert found == {("Ana Ruiz", "Lumora")}
    assert facts(graphs, "of-a-common-noun", SCHEMA.memberOf) == set()
    assert facts(graphs, "of-a-longer-name", SCHEMA.memberOf) == set()  # not "Tears"


def test_a_citizen_of_a_country_and_a_countrys_person(graphs) -> None:
    """ "a citizen of Portugal"; "France's Léa Morel" (the possessive on the name: "Norway's
    rival, Anna Berg" says nothing of her country)."""
    assert facts(graphs, "citizen-of", SCHEMA.nationality) == {("Carlos Mendes", "Portugal")}
    assert facts(graphs, "country-person", SCHEMA.nationality) == {("Léa Morel", "France")}
    assert facts(graphs, "country-rival", SCHEMA.nationality) == set()


def test_a_party_word_before_a_noun_for_a_person_after_a_copula(graphs) -> None:
    """ "was a Republican member of ...": a member of the party as well; a party word that is
    part of the subject's name ("Anna Green") is none."""
    found = facts(graphs, "party-copula", SCHEMA.memberOf)
    assert found == {
        ("Harold Vance", "Republican Party"),
        ("Harold Vance", "Ohio House of Representatives"),
    }
    assert facts(graphs, "party-word-in-name", SCHEMA.memberOf) == set()


def test_a_place_and_a_plural_name_a_team(graphs) -> None:
    """The NER tagged "Memphis" alone as a place: "Memphis Grizzlies" is a team he played for."""
    assert mention_classes(graphs, "team-after-place")["Memphis Grizzlies"] == SCHEMA.Organization
    found = facts(graphs, "team-after-place", SCHEMA.memberOf)
    assert found == {("Ray Dunn", "Memphis Grizzlies")}


def test_a_player_drafted_by_or_traded_to_a_team_is_its_member(graphs) -> None:
    assert facts(graphs, "drafted", SCHEMA.memberOf) == {("Tomas Reyes", "Portland Herons")}
    assert facts(graphs, "traded", SCHEMA.memberOf) == {("Tomas Reyes", "Halifax Comets")}
    assert facts(graphs, "traded-shares", SCHEMA.memberOf) == set()


def test_an_institution_of_a_known_place_is_in_it(graphs) -> None:
    """A place known by name after the institution word's "of"; not a field, a saint or
    another organisation."""
    found = facts(graphs, "institution-of-place", SCHEMA.location)
    assert found == {("University of Michigan", "Michigan")}
    for name in ("institution-of-field", "institution-of-saint", "institution-of-other"):
        assert facts(graphs, name, SCHEMA.location) == set(), name


def test_a_copula_the_parse_hung_on_a_compound_still_describes_the_subject(graphs) -> None:
    """The parse gave "is" and the subject to "day" of "day and boarding school"."""
    found = facts(graphs, "copula-on-compound", SCHEMA.location)
    assert found == {("Kestrel Academy", "Norway")}


def test_who_after_a_copula_noun_is_its_subject_and_the_club_is_the_name_after_club(graphs):
    """ "X is a footballer who plays for ...": X plays. "Premier League club Harrow Rovers":
    the NER's "Premier League club" ends before "club", and the club is the name after it."""
    assert facts(graphs, "club-before-name", SCHEMA.memberOf) == {("Omar Haddad", "Harrow Rovers")}
    assert mention_classes(graphs, "club-before-name")["Premier League"] == SCHEMA.Organization
    # a club of a league: he played for the club, not for the league
    assert ("Omar Haddad", "Western League") not in facts(graphs, "club-of-league", SCHEMA.memberOf)


def test_a_place_and_a_plural_the_ner_missed_are_a_team(graphs) -> None:
    assert mention_classes(graphs, "team-untagged")["Harrow Rovers"] == SCHEMA.Organization
    assert facts(graphs, "team-untagged", SCHEMA.memberOf) == {("Omar Haddad", "Harrow Rovers")}


def test_a_country_in_brackets_after_a_name_is_its_country_but_a_city_is_not(graphs):
    found = facts(graphs, "country-brackets-person", SCHEMA.nationality)
    assert found == {("Jonas Berg", "Sweden")}
    found = facts(graphs, "country-brackets-org", KG.countryOfOrigin)
    assert found == {("Halvard Electric", "Japan")}
    assert facts(graphs, "city-brackets", SCHEMA.nationality) == set()


def test_a_party_beside_a_person_is_their_party_but_not_one_they_criticise_or_fund(graphs):
    expected = {
        "party-brackets": {("Janne Holm", "Conservative Party")},
        "politician-for-party": {("Eivind Moe", "Labour Party")},
        "party-politician": {("Joan Barton", "Labour Party")},
        "party-apposition-on-surname": {("Josh Dale", "Republican Party")},
        "party-critic": set(),
        "party-donor": set(),
    }
    found = {name: facts(graphs, name, SCHEMA.memberOf) for name in expected}
    assert found == expected


def test_a_title_before_is_and_a_title_after_and_are_posts(graphs) -> None:
    """ "The former chairman of X is Y" (the name is the predicate); "is a civil servant and
    former chief executive of X" (the title is the second of two nouns)."""
    for name, title in (("inverted-copula", "chairman"), ("copula-second-title", "CEO")):
        [post] = posts(graphs, name)
        assert str(post[SCHEMA.roleName]) == title, name
        assert post[KG.tenure] == KG.Former and post[KG.organization] == "Pellworth Bank"
    assert posts(graphs, "inverted-copula-no-title") == []
    [post] = posts(graphs, "non-organisation")  # "non-Pellworth Bank": the post is none of its
    assert post[KG.organization] is None
    assert facts(graphs, "non-organisation", SCHEMA.worksFor) == set()


def test_a_teams_name_ends_before_of_and_its_league(graphs) -> None:
    """The NER ran the team's name on over "of the Western Hockey League": two names."""
    classes = mention_classes(graphs, "team-of-league")
    assert classes["Salem Wolves"] == classes["Western Hockey League"] == SCHEMA.Organization
    found = facts(graphs, "team-of-league", SCHEMA.memberOf)
    assert found == {("Tomas Reyes", "Salem Wolves")}


def test_one_joins_a_party_as_a_member_a_company_as_an_employee_and_not_if_only_if(graphs):
    assert facts(graphs, "joined-party", SCHEMA.memberOf) == {
        ("Mira Olsen", "Bergen Socialist Party")
    }
    assert facts(graphs, "joined-party", SCHEMA.worksFor) == set()
    assert facts(graphs, "joined-company", SCHEMA.worksFor) == {("Lena Dahl", "Orbital Freight")}
    assert facts(graphs, "joined-company", SCHEMA.memberOf) == set()
    assert facts(graphs, "joined-if", SCHEMA.memberOf) == set()
    assert facts(graphs, "joined-if", SCHEMA.worksFor) == set()


def test_one_joins_the_organisation_whose_staff_one_joins(graphs):
    found = facts(graphs, "joined-faculty", SCHEMA.worksFor)
    assert found == {("Jonas Wik", "Narvik Maritime Academy")}


def test_for_after_a_duration_names_the_team_or_employer(graphs):
    """ "played for two seasons for X": the parse hangs "for X" on "seasons"."""
    found = facts(graphs, "played-for-a-season", SCHEMA.memberOf)
    assert found == {("Erik Sand", "Tromsø Falcons")}
    assert facts(graphs, "worked-for-years", SCHEMA.worksFor) == set()  # worked: not now


def test_a_person_or_organisation_noun_from_a_country_gives_its_country_not_from_a_city(graphs):
    assert facts(graphs, "from-country", SCHEMA.nationality) == {("Tomas Vik", "Norway")}
    found = facts(graphs, "from-country-apposition", SCHEMA.nationality)
    assert found == {("Lena Berg", "France")}
    found = facts(graphs, "org-from-country", KG.countryOfOrigin)
    assert found == {("Lumen Audio", "Denmark")}
    assert facts(graphs, "from-city", SCHEMA.nationality) == set()
    assert facts(graphs, "from-thing", SCHEMA.nationality) == set()


def test_a_post_taken_only_if_something_happens_is_no_post_but_a_title_in_a_denial_is(graphs):
    """The condition covers the verb that gives the post; a title before a name is no
    clause of its own, so the verb it stands under ("rejected") does not take it away."""
    assert posts(graphs, "becomes-if") == []
    [post] = posts(graphs, "title-in-denial")
    assert str(post[SCHEMA.roleName]) == "Prime Minister"


def test_a_pronoun_after_sentences_without_people_is_the_last_person_named(graphs) -> None:
    """Three sentences about a place, then "she": the one person of the last sentence that
    names people; with two there (kg knows no gender), no one."""
    found = facts(graphs, "pronoun-far-back", SCHEMA.memberOf)
    assert found == {("Greta Lind", "Tarn Chess Club")}
    assert facts(graphs, "pronoun-two-people-back", SCHEMA.memberOf) == set()


def test_a_demonym_before_a_compound_noun(graphs) -> None:
    """ "Australian ... metal band Cinderfall": the name after a band noun is a band, of
    Australia; "a Turkish weapons manufacturer" is Turkish; a field between the demonym and
    a person's noun says nothing of the person ("a Chinese language teacher")."""
    assert mention_classes(graphs, "band-before-name")["Cinderfall"] == SCHEMA.Organization
    found = facts(graphs, "band-before-name", KG.countryOfOrigin)
    assert found == {("Cinderfall", "Australia")}
    assert facts(graphs, "compound-maker", KG.countryOfOrigin) == {("Kestrel Arms", "Turkey")}
    assert "Tears" not in mention_classes(graphs, "band-name-goes-on")  # not the whole name
    assert facts(graphs, "field-teacher", SCHEMA.nationality) == set()
    assert facts(graphs, "field-professor", SCHEMA.nationality) == set()


def test_an_institution_in_a_place_and_the_region_after_it(graphs) -> None:
    """ "Kestrel University in Bergen, Norway": in Bergen, of Norway (the country after the
    comma)."""
    assert facts(graphs, "institution-region", SCHEMA.location) == {
        ("Kestrel University", "Bergen")
    }
    found = facts(graphs, "institution-region", KG.countryOfOrigin)
    assert found == {("Kestrel University", "Norway")}


def test_demonyms_of_smaller_countries_and_occupations_by_their_suffix(graphs) -> None:
    """kg/lexicon/demonyms.tsv has most countries' adjectives; "-ologist", "-ician",
    "-ographer" and "-ist" nouns are people ("a playlist" is not)."""
    assert facts(graphs, "malagasy", SCHEMA.nationality) == {("Christine Rasoa", "Madagascar")}
    found = facts(graphs, "three-word-demonym", SCHEMA.nationality)
    assert found == {("Kila Ravu", "Papua New Guinea")}
    found = facts(graphs, "two-word-demonym", SCHEMA.nationality)
    assert found == {("Juan Boneke", "Equatorial Guinea")}
    found = facts(graphs, "occupation-by-suffix", SCHEMA.nationality)
    assert found == {("Christian Holm", "Denmark")}
    assert facts(graphs, "list-by-suffix", SCHEMA.nationality) == set()


def test_a_place_the_ner_ran_into_an_institutions_name(graphs) -> None:
    """The NER tagged "Harlow Institute in Bergen" as one organisation: the name ends before
    "in", Bergen is a place of its own, and the institution is there (whatever the parse
    hangs "in Bergen" on)."""
    classes = mention_classes(graphs, "name-run-into-place")
    assert classes["Harlow Institute"] == SCHEMA.Organization
    assert classes["Bergen"] == SCHEMA.Place
    found = facts(graphs, "name-run-into-place", SCHEMA.location)
    assert found == {("Harlow Institute", "Bergen")}


def test_a_name_ends_before_a_title_and_a_place_with_an_occupation_is_a_person(graphs) -> None:
    """The NER's "Afghan Prime" (before "Minister") is no organisation of the former prime
    minister's post; "Kjetil Aurland", tagged a place, is said to be a civil servant."""
    assert "Afghan Prime" not in mention_classes(graphs, "name-run-into-title")
    assert not [p for p in posts(graphs, "name-run-into-title") if p.get("organization")]
    assert mention_classes(graphs, "place-with-occupation")["Kjetil Aurland"] == SCHEMA.Person


def test_nationality_from_word_order_where_the_parse_fails(graphs) -> None:
    """A demonym, nouns for what someone is, then names (kg/facts/relations/word_order.py):
    the parse hangs the title on the first name, or "defenceman" on nothing kg reads."""
    assert facts(graphs, "demonym-title", SCHEMA.nationality) == {("Amina Odhiambo", "Kenya")}
    assert facts(graphs, "demonym-list", SCHEMA.nationality) == {
        ("Rosa Quispe", "Peru"),
        ("Mateo Huaman", "Peru"),
    }
    ((person, country),) = facts(graphs, "biography-compound", SCHEMA.nationality)
    assert person == "Pavel Dvorak" and "Czech" in country
    assert facts(graphs, "biography-conjuncts", SCHEMA.nationality) == {("Hana Ito", "Japan")}


def test_no_nationality_from_a_demonym_of_something_else(graphs) -> None:
    """A demonym in a name, of a field, of a restaurant, or of a birthplace ("British-born")."""
    assert facts(graphs, "demonym-in-a-name", SCHEMA.nationality) == set()
    assert facts(graphs, "demonym-of-a-field", SCHEMA.nationality) == set()
    assert facts(graphs, "demonym-of-a-restaurant", SCHEMA.nationality) == set()
    ((person, country),) = facts(graphs, "biography-born", SCHEMA.nationality)
    assert person == "Dana Holt" and country == "United States"


def test_a_name_after_band_is_the_bands_and_has_its_country(graphs) -> None:
    """The NER tags "Velvet Static" a person; right after "band" it is the band, American
    by the demonym before the noun; a name after "band" that did something is a person."""
    assert mention_classes(graphs, "band-after-demonym")["Velvet Static"] == SCHEMA.Organization
    assert facts(graphs, "band-after-demonym", KG.countryOfOrigin) == {
        ("Velvet Static", "United States")
    }
    assert mention_classes(graphs, "band-formed-by")["Omar Haddad"] == SCHEMA.Person


def test_a_state_office_gives_its_country_whatever_its_tenure(graphs) -> None:
    """A former president of Chile is Chilean; the country may stand before the title."""
    assert facts(graphs, "office-former", SCHEMA.nationality) == {("Ana Rojas", "Chile")}
    assert facts(graphs, "office-compound", SCHEMA.nationality) == {
        ("Maria Olsen", "United States")
    }


def test_a_team_named_after_side_and_an_employer_after_works_as(graphs) -> None:
    """ "Scottish side Dunmore Vale" (tagged a person by the NER) is a team Omar Haddad
    joined; "works as an engineer for X": the parse hangs "for X" on "engineer"."""
    assert mention_classes(graphs, "side-before-name")["Dunmore Vale"] == SCHEMA.Organization
    assert facts(graphs, "side-before-name", SCHEMA.memberOf) == {("Omar Haddad", "Dunmore Vale")}
    assert facts(graphs, "works-as", SCHEMA.worksFor) == {("Ana Rojas", "Kestrel Robotics")}


def test_a_party_then_a_noun_for_its_people_then_a_name(graphs) -> None:
    """ "Labour leader Ana Holt": a party word (kg/lexicon/parties.tsv), or a party the
    NER found ("Labor"), right before a noun for a party's people and a name."""
    assert facts(graphs, "party-before-name", SCHEMA.memberOf) == {("Ana Holt", "Labour Party")}
    ((person, party),) = facts(graphs, "party-entity-before-name", SCHEMA.memberOf)
    assert person == "Priya Nair" and party.startswith("Labor")


def test_organisations_named_by_their_words_and_not_by_half_a_name(graphs) -> None:
    """ "Escuela de ..." and "... Society" are organisations (the NER said places); a
    demonym before "Springs" names a place, not the academy's country; "Dance Ensemble"
    alone is half a name, no mention."""
    classes = mention_classes(graphs, "institution-opening")
    assert classes["Escuela de Santa Lucía"] == SCHEMA.Organization
    assert facts(graphs, "institution-opening", SCHEMA.location) == {
        ("Escuela de Santa Lucía", "Cordoba")
    }
    assert facts(graphs, "society-member", SCHEMA.memberOf) == {
        ("Ana Rojas", "Valdivia Art Society")
    }
    # not India: the country is Tulsa's (kg/facts/relations/place_countries.py)
    assert facts(graphs, "demonym-place-name", KG.countryOfOrigin) == {
        ("Indian Springs Academy", "United States")
    }
    assert "Dance Ensemble" not in mention_classes(graphs, "song-and-dance")


def test_an_institution_then_a_comma_and_its_place(graphs) -> None:
    """ "Brennick High School, Vermont": the place after the comma is where it is; a country
    the NER tagged as an organisation among organisations is still a place."""
    assert facts(graphs, "institution-comma-place", SCHEMA.location) == {
        ("Brennick High School", "Vermont")
    }
    assert mention_classes(graphs, "country-in-a-list")["Sweden"] == SCHEMA.Place
    assert facts(graphs, "country-in-a-list", SCHEMA.location) == {
        ("Kessel College", "Bonn"),
        ("Ostervik University", "Sweden"),
    }


def test_served_as_and_a_gerund_in_a_descriptor(graphs) -> None:
    """ "served as President of Chile" (the subject of "served" holds the office), "served
    as a member of"; "recording artist" between a demonym and a name."""
    assert facts(graphs, "served-as-office", SCHEMA.nationality) == {("Ana Rojas", "Chile")}
    assert facts(graphs, "served-as-member", SCHEMA.memberOf) == {
        ("Omar Haddad", "Harlow Chess Club")
    }
    assert facts(graphs, "gerund-descriptor", SCHEMA.nationality) == {
        ("Tomas Vale", "United Kingdom")
    }


def test_coordinated_role_nouns_share_their_organisation(graphs) -> None:
    """ "founder and executive chairman of X": X is what he founded too; "Shaw" is a name
    kg knows (a person), but "Shaw Communications" is a company."""
    assert facts(graphs, "founder-and-chairman", SCHEMA.founder) == {
        ("Vale Communications", "Jon Vale")
    }
    classes = mention_classes(graphs, "known-name-in-a-longer-one")
    assert classes["Shaw Communications"] == SCHEMA.Organization
    assert facts(graphs, "known-name-in-a-longer-one", SCHEMA.founder) == {
        ("Shaw Communications", "Lena Berg")
    }


def test_sold_to_gives_the_buyer_and_started_by_the_founder(graphs) -> None:
    """ "X was sold to Y", "S sold X to Y": Y owns X (not "agreed to sell"); "started by"
    names a founder."""
    assert facts(graphs, "sold-to", SCHEMA.parentOrganization) == {
        ("Kestrel Robotics", "Ardent Group")
    }
    assert facts(graphs, "sold-x-to-y", SCHEMA.parentOrganization) == {
        ("Vexa Foods", "Montclair Holdings")
    }
    assert facts(graphs, "agreed-to-sell", SCHEMA.parentOrganization) == set()
    assert facts(graphs, "started-by", SCHEMA.founder) == {("Tarn Records", "Ida Moss")}


def test_an_occupation_at_an_organisation_names_a_current_employer(graphs) -> None:
    """ "a researcher at Vexa Labs" (kg/facts/relations/employment.py); not a student, not
    a past copula, not a former analyst."""
    assert facts(graphs, "occupation-at", SCHEMA.worksFor) == {("Lena Berg", "Vexa Labs")}
    assert facts(graphs, "occupation-at-copula", SCHEMA.worksFor) == {
        ("Lena Berg", "Kessel College")
    }
    for name in ("student-at", "was-at", "former-at"):
        assert facts(graphs, name, SCHEMA.worksFor) == set(), name


def test_a_short_form_in_brackets_is_the_name_before_it(graphs) -> None:
    """ "The Harlow Transit Authority (HTA)": the HTA of the next sentence is the same
    organisation, so its headquarters are the authority's."""
    assert facts(graphs, "abbreviation", SCHEMA.location) == {("Harlow Transit Authority", "Leeds")}
    graph, _labels = graphs["abbreviation"]
    entities = set(graph.objects(None, ITSRDF.taIdentRef))
    assert len(entities) == 2  # the authority and Leeds


def test_a_team_the_ner_took_for_a_place_is_what_a_player_plays_for(graphs) -> None:
    """kg/entities/joined.py relabels "Sparta Krnov" (tagged a place), so the membership
    rule reads it."""
    found = facts(graphs, "played-for-place", SCHEMA.memberOf)
    assert found == {("Mira Holt", "Sparta Krnov")}


def test_a_copulas_noun_and_it_opening_a_sentence_stand_for_the_organisation(graphs):
    """ "X is a football club. The club is based in Leeds." and "X is a drug maker. It is
    headquartered in Utrecht." (kg/facts/context.py); not when the organisation of the
    sentence before is not what it is about ("The old museum was renovated by Norvik
    Holdings. It is ...": the museum)."""
    assert facts(graphs, "club-descriptor", SCHEMA.location) == {("Harrow Rovers", "Leeds")}
    assert facts(graphs, "it-next-sentence", SCHEMA.location) == {("Brixton Pharma", "Utrecht")}
    assert facts(graphs, "it-not-the-subject", SCHEMA.location) == set()
    assert facts(graphs, "it-chain", SCHEMA.location) == {("Brixton Pharma", "Utrecht")}
    assert facts(graphs, "it-after-a-film", SCHEMA.location) == set()


def test_a_name_a_copula_calls_a_band_is_an_organisation(graphs) -> None:
    """kg/entities/joined.py: the NER tagged "Velvet Static" a person."""
    assert mention_classes(graphs, "band-copula")["Velvet Static"] == SCHEMA.Organization
    found = facts(graphs, "band-copula", KG.countryOfOrigin)
    assert found == {("Velvet Static", "United States")}


def test_an_organisation_before_a_noun_for_work_and_a_name_is_the_employer(graphs):
    """ "Reuters correspondent Ana Soto" (employment.py); a team's striker is its member;
    not "Former Google engineer", not "Google customer"."""
    found = facts(graphs, "employer-before-noun", SCHEMA.worksFor)
    assert found == {("Ana Soto", "Reuters")}
    found = facts(graphs, "employer-field-noun", SCHEMA.worksFor)
    assert found == {("Ana Soto", "Halden Post")}
    found = facts(graphs, "team-before-position", SCHEMA.memberOf)
    assert found == {("Omar Haddad", "Harrow Rovers")}
    assert facts(graphs, "team-before-position", SCHEMA.worksFor) == set()
    for name in ("former-employer-before-noun", "customer-before-name"):
        assert facts(graphs, name, SCHEMA.worksFor) == set(), name


def test_a_double_surname_is_the_persons_not_a_team(graphs) -> None:
    """ "Cuenca Aranas" (a place and a plural, tagged a place) after "Alberto Cuenca Aranas"
    is the painter's surname (kg/entities/resolve.py joins it to the full name)."""
    classes = mention_classes(graphs, "double-surname")
    assert set(classes.values()) == {SCHEMA.Person}, classes
    graph, labels = graphs["double-surname"]
    people = {labels[s] for s in set(graph.objects(None, ITSRDF.taIdentRef))}
    assert people == {"Alberto Cuenca Aranas"}


def test_a_name_a_copula_calls_a_company_through_a_conjunct_is_an_organisation(graphs):
    """The parse makes "development" the copula's noun and "company" its conjunct; the NER
    found no name (kg/entities/organisation_cues.py)."""
    assert mention_classes(graphs, "company-conjunct").get("Quill Enso") == SCHEMA.Organization


def test_a_countrys_noun_for_a_person_gives_a_nationality(graphs) -> None:
    """ "Chile's leading novelist" after a copula, "one of" or a comma (possessive.py); not
    what someone is to a country ("Iran's enemy", "Brazil's coach")."""
    assert facts(graphs, "country-noun-copula", SCHEMA.nationality) == {("Alba Rios", "Chile")}
    found = facts(graphs, "country-noun-one-of", SCHEMA.nationality)
    assert found == {("Tomas Veld", "Chile")}
    found = facts(graphs, "country-noun-apposition", SCHEMA.nationality)
    assert found == {("Alba Rios", "Chile")}
    assert facts(graphs, "country-noun-relational", SCHEMA.nationality) == set()


def test_a_person_from_a_town_and_its_country_is_of_the_country(graphs) -> None:
    """ "a jazz pianist from Izmir, Turkey": the country written after the town."""
    found = facts(graphs, "from-town-country", SCHEMA.nationality)
    assert found == {("Eda Sahin", "Turkey")}


def test_a_us_person_is_american_but_a_china_expert_is_not_chinese(graphs) -> None:
    """ "U.S." and "UK" are used as adjectives; another country's name before a noun may say
    what the noun is about."""
    found = facts(graphs, "us-modifier", SCHEMA.nationality)
    assert found == {("Amos Veld", "United States")}
    assert facts(graphs, "country-name-modifier", SCHEMA.nationality) == set()


def test_an_institution_a_comma_and_in_a_place(graphs) -> None:
    """ "Kessel Medical Institution, in Bergen, Norway": the place after a comma and "in"
    (and "institution" is an institution's word)."""
    found = facts(graphs, "comma-in", SCHEMA.location)
    assert found == {("Kessel Medical Institution", "Bergen")}
    found = facts(graphs, "comma-in", KG.countryOfOrigin)
    assert found == {("Kessel Medical Institution", "Norway")}


def test_a_first_name_said_to_be_an_actor_outweighs_an_organisation_word(graphs) -> None:
    """ "Edwin Harlow Steel ... was a Scottish actor" ("steel" ends company names); "Ada Stone
    Media is a British publisher" stays a company (a publisher may be one)."""
    classes = mention_classes(graphs, "person-named-steel")
    assert classes["Edwin Harlow Steel"] == SCHEMA.Person
    found = facts(graphs, "person-named-steel", SCHEMA.nationality)
    assert found == {("Edwin Harlow Steel", "Scotland")}
    assert mention_classes(graphs, "company-of-people")["Ada Stone Media"] == SCHEMA.Organization


def test_an_organisation_from_a_town_is_located_there_and_in_the_places_after_it(graphs):
    """ "a rugby club from Arendal, Agder": located in the town and in the region written
    after it (a person from a town is no citizen of it: from-city above)."""
    found = facts(graphs, "org-from-town", SCHEMA.location)
    assert found == {("Vessa Rovers", "Arendal"), ("Vessa Rovers", "Agder")}


def test_a_copula_nouns_conjunct_for_an_organisation_makes_the_subject_one(graphs) -> None:
    """ "Norda Pictures was a British television and film production company": the
    parser makes "television" the noun and "company" its conjunct; "a party to the
    contract" is no political party."""
    assert mention_classes(graphs, "copula-conjunct-org")["Norda Pictures"] == SCHEMA.Organization
    found = facts(graphs, "copula-conjunct-org", KG.countryOfOrigin)
    assert found == {("Norda Pictures", "United Kingdom")}
    assert mention_classes(graphs, "party-to")["Ola Berg"] == SCHEMA.Person


def test_the_end_of_a_name_with_the_inside_is_no_name_of_its_own(graphs) -> None:
    """ "Rise Against the Tide": "Tide" after "the" and a capitalised word ends a longer
    name, so it is no organisation of its own."""
    assert "Tide" not in mention_classes(graphs, "longer-title")


def test_a_place_before_a_noun_it_modifies_is_no_wider_place(graphs) -> None:
    """ "in Lima, Ohio native Ana Roth": Ohio describes Ana Roth, the college is in Lima."""
    found = facts(graphs, "place-before-native", SCHEMA.location)
    assert found == {("Vessa Polytechnic College", "Lima")}


def test_a_negated_noun_predicate_gives_no_post_or_employer(graphs) -> None:
    """ "was not the chief executive of", "is not a researcher at": the copula's noun heads
    a negated clause."""
    assert facts(graphs, "negated-copula-post", SCHEMA.worksFor) == set()
    assert posts(graphs, "negated-copula-post") == []
    assert facts(graphs, "negated-occupation", SCHEMA.worksFor) == set()


def test_an_occupation_at_an_organisation_in_the_past_is_a_former_post(graphs) -> None:
    """ "who was a curator at the Halden Museum": no current employer, a former post."""
    assert facts(graphs, "past-occupation", SCHEMA.worksFor) == set()
    (post,) = posts(graphs, "past-occupation")
    assert post[KG.tenure] == KG.Former
    assert post[KG.organization] == "Halden Museum"
    assert str(post[SCHEMA.roleName]) == "curator"


def test_its_stands_for_the_nearest_organisation_only_when_no_other_competes(graphs) -> None:
    """ "Vessa Group sold Vessa Air in 2001, and its subsidiary ...": "its" may be either
    company, so kg says nothing; "Vessa Air and its subsidiary" joins the two."""
    assert facts(graphs, "its-two-candidates", SCHEMA.parentOrganization) == set()
    found = facts(graphs, "its-coordinated", SCHEMA.parentOrganization)
    assert found == {("Orlo Airlines", "Vessa Air")}


def test_a_person_noun_the_lemmatiser_gets_wrong_still_gives_a_nationality(graphs) -> None:
    """ "skier" is lemmatised "sky": the word as written is a noun for a person."""
    assert facts(graphs, "lemma-error-skier", SCHEMA.nationality) == {("Lina Moreau", "France")}


def test_a_demonym_and_leader_before_a_name_give_a_nationality(graphs) -> None:
    """ "Soviet leader Boris Orlov" (a historical state's adjective too); "the Swedish
    market leader" describes a company, and gives no person."""
    found = facts(graphs, "leader-before-name", SCHEMA.nationality)
    assert found == {("Boris Orlov", "Soviet Union")}
    assert facts(graphs, "market-leader", SCHEMA.nationality) == set()
    assert SCHEMA.Person not in mention_classes(graphs, "market-leader").values()


def test_it_stands_for_the_nearest_organisation_even_after_another(graphs) -> None:
    """ "called WeChat a threat and told soldiers to delete it": "it" is WeChat (the
    caution about "its" between two companies does not apply to "it")."""
    graph, labels = graphs["it-nearest"]
    targets = {
        labels.get(target)
        for event in graph.subjects(RDF.type, KG.Prohibition)
        for target in graph.objects(event, KG.target)
    }
    assert targets == {"WeChat"}


def test_representing_a_country_at_a_competition_gives_a_nationality(graphs) -> None:
    """ "represented Ghana at the World Cup", "competed for Norway in four Olympics"; not a
    district in a parliament, not a state in an arbitration (a lawyer), not when denied."""
    assert facts(graphs, "represented-country", SCHEMA.nationality) == {("Kofi Mensah", "Ghana")}
    assert facts(graphs, "competed-for", SCHEMA.nationality) == {("Lina Berg", "Norway")}
    for name in ("represented-district", "represented-state", "represented-denied"):
        assert facts(graphs, name, SCHEMA.nationality) == set(), name


def test_an_organisations_possessive_and_a_title_beside_a_name_is_a_post(graphs) -> None:
    """ "Vessa Bank's chief executive, Jane Roe," and "Jane Roe, Vessa Bank's chief
    executive," whatever the parse (the title in its canonical form); "former" makes it a
    former post; an investor holds no post."""
    for name in ("possessive-title-before", "possessive-title-after", "possessive-title-no-comma"):
        assert facts(graphs, name, SCHEMA.worksFor) == {("Jane Roe", "Vessa Bank")}, name
        (post,) = posts(graphs, name)
        assert str(post[SCHEMA.roleName]) == "CEO"  # kg/lexicon/titles_canonical.tsv
    assert facts(graphs, "possessive-title-former", SCHEMA.worksFor) == set()
    (former,) = posts(graphs, "possessive-title-former")
    assert former[KG.tenure] == KG.Former
    assert former[KG.organization] == "Vessa Bank"
    assert posts(graphs, "possessive-investor") == []


def test_serves_as_a_title_the_parser_made_an_oblique_is_a_post(graphs) -> None:
    """ "serves as chairwoman of Vessa Bank", parsed with "as" a modifier of the title."""
    assert facts(graphs, "serves-as-oblique", SCHEMA.worksFor) == {("Jane Roe", "Vessa Bank")}


def test_a_title_the_parser_made_an_adjective_after_a_name_is_a_post(graphs) -> None:
    """ "Jane Roe, chief executive of Vessa Bank," and "who is chief executive of", parsed
    with "executive" an adjective; "happy with the results of Vessa Bank" is no title."""
    for name in ("title-parsed-adjective", "relative-title"):
        assert facts(graphs, name, SCHEMA.worksFor) == {("Jane Roe", "Vessa Bank")}, name
    assert facts(graphs, "adjective-no-title", SCHEMA.worksFor) == set()
    assert posts(graphs, "adjective-no-title") == []


def test_who_after_a_name_and_a_comma_stands_for_the_name_whatever_the_parse(graphs) -> None:
    """ "Jane Roe, who founded Vessa Bank in 1990, said": the parser hangs "founded" on
    "said", not on the name; "who" still stands for Jane Roe."""
    assert facts(graphs, "who-founded", SCHEMA.founder) == {("Vessa Bank", "Jane Roe")}


def test_a_relative_clause_after_a_name_gives_its_posts(graphs) -> None:
    """ "Jane Roe, who joined Vessa Bank in 2019," (an employer) and "who retired as
    chairman of" (a former post), wherever the parse hangs the relative's verb."""
    assert facts(graphs, "who-joined", SCHEMA.worksFor) == {("Jane Roe", "Vessa Bank")}
    (post,) = posts(graphs, "who-retired-as")
    assert post[KG.tenure] == KG.Former
    assert post[KG.organization] == "Vessa Bank"


def test_a_titles_organisation_after_its_field(graphs) -> None:
    """ "a professor of economics at Halden University", "head of research at Vessa Bank":
    the parser hangs "at" on the field."""
    found = facts(graphs, "title-field-at", SCHEMA.worksFor)
    assert found == {("Jane Roe", "Halden University")}
    assert facts(graphs, "head-of-field-at", SCHEMA.worksFor) == {("Jane Roe", "Vessa Bank")}


def test_one_of_the_nouns_describes_the_subject(graphs) -> None:
    """ "X is one of the oldest colleges in Norway": X is such a college, so it is in
    Norway; "one of the founders of Y" makes X a founder. A denial gives nothing."""
    assert facts(graphs, "one-of-the", SCHEMA.location) == {("Vessa College", "Norway")}
    found = facts(graphs, "one-of-the-founders", SCHEMA.founder)
    assert found == {("Vessa Bank", "Ana Soto")}
    assert facts(graphs, "not-one-of-the", SCHEMA.location) == set()
    assert facts(graphs, "not-one-of-the", KG.countryOfOrigin) == set()


def test_a_place_that_is_home_to_or_houses_an_organisation(graphs) -> None:
    """ "Ohio is the home of X", "Bergen is home to X" (the tagger makes "home" an
    adverb there), "Leeds houses X": X is located there; a person is not."""
    assert facts(graphs, "home-of", SCHEMA.location) == {("Brenner Institute", "Ohio")}
    found = facts(graphs, "home-to", SCHEMA.location)
    assert found == {("Nordic Fisheries Museum", "Bergen")}
    assert facts(graphs, "home-to-person", SCHEMA.location) == set()
    found = facts(graphs, "houses", SCHEMA.location)
    assert found == {("Northern Ballet Academy", "Leeds")}


def test_who_teaches_at_a_school_works_for_it_now(graphs) -> None:
    found = facts(graphs, "teaches-at", SCHEMA.worksFor)
    assert found == {("Ana Soto", "Halden University")}
    assert facts(graphs, "taught-at", SCHEMA.worksFor) == set()


def test_a_suburb_of_a_town_and_the_places_after_a_comma_and_in(graphs) -> None:
    """The NER's "Boston suburb of Newton" is two places, not an organisation; "located in
    the Boston suburb of Newton, in Middlesex County, Massachusetts, United States" is in
    Newton and in each place after it (not in Boston: a suburb is outside the city). After
    ", in" only a place continues the chain."""
    classes = mention_classes(graphs, "suburb-of")
    assert classes["Newton"] == classes["Boston"] == SCHEMA.Place
    assert "Boston suburb of Newton" not in classes
    assert facts(graphs, "suburb-of", SCHEMA.location) == {
        ("Greystone Academy", "Newton"),
        ("Greystone Academy", "Middlesex County"),
        ("Greystone Academy", "Massachusetts"),
    }
    found = facts(graphs, "suburb-of", KG.countryOfOrigin)
    assert found == {("Greystone Academy", "United States")}
    assert facts(graphs, "comma-in-no-place", SCHEMA.location) == {("Halden Labs", "Oslo")}


def test_a_name_after_the_town_of_is_a_place_even_a_given_name(graphs) -> None:
    """ "the town of Jackson": "Jackson" is also a first name, but after "the town of"
    it names a place, so the school is located there."""
    assert mention_classes(graphs, "town-of-given-name")["Jackson"] == SCHEMA.Place
    found = facts(graphs, "town-of-given-name", SCHEMA.location)
    assert found == {("Halden Academy", "Jackson"), ("Halden Academy", "Ohio")}


def test_a_country_office_with_its_holder_after_a_comma(graphs) -> None:
    """ "the prime minister of Ghana, Kofi Mensah" (the parse hangs the name on the
    country); "The British Minister of State for Trade, Lord Holloway" (a capitalised
    title takes the demonym); "The German Chancellor, Ana Holloway, spoke" (a demonym, a
    title, a comma and one name between commas). A list after the comma gives nobody,
    and a company is no title."""
    found = facts(graphs, "office-name-on-country", SCHEMA.nationality)
    assert found == {("Kofi Mensah", "Ghana")}
    found = facts(graphs, "title-demonym-apposed", SCHEMA.nationality)
    assert found == {("Holloway", "United Kingdom")}
    found = facts(graphs, "demonym-title-comma", SCHEMA.nationality)
    assert found == {("Ana Holloway", "Germany")}
    found = facts(graphs, "demonym-portfolio-comma", SCHEMA.nationality)
    assert found == {("Ana Holloway", "United Kingdom")}
    assert facts(graphs, "demonym-title-list", SCHEMA.nationality) == set()
    assert facts(graphs, "demonym-company-comma", SCHEMA.nationality) == set()
    # the comma ends a participle's phrase, not an apposition: no country from it
    assert facts(graphs, "demonym-body-comma", KG.countryOfOrigin) == set()


def test_a_clubs_abbreviation_makes_its_name_an_organisation(graphs) -> None:
    """ "FK Fyllingsdalen", "Rosenborg BK", "SK Brann" (the NER's person "Brann" grows to
    the club's name); a state's abbreviation is no club's ("Springfield, IL")."""
    classes = mention_classes(graphs, "club-marks")
    assert classes["FK Fyllingsdalen"] == classes["Rosenborg BK"] == SCHEMA.Organization
    found = facts(graphs, "club-marks", SCHEMA.memberOf)
    assert ("Jan Berg", "FK Fyllingsdalen") in found
    assert mention_classes(graphs, "club-mark-opening") == {"SK Brann": SCHEMA.Organization}
    assert mention_classes(graphs, "state-abbreviation").get("Springfield") == SCHEMA.Place


def test_a_post_after_a_past_copula_is_former_with_its_years(graphs) -> None:
    """ "Ana Soto was chairman of Vessa Bank from 1990 to 1995": a post held before, from
    1990 to 1995, and no current employer."""
    (post,) = posts(graphs, "past-copula-post")
    assert post[KG.tenure] == KG.Former and post[KG.organization] == "Vessa Bank"
    assert (str(post[SCHEMA.startDate]), str(post[SCHEMA.endDate])) == ("1990", "1995")
    assert facts(graphs, "past-copula-post", SCHEMA.worksFor) == set()


def test_a_title_the_tagger_took_for_an_adjective_after_a_copula(graphs) -> None:
    """ "Ana Soto is the chief executive of Vessa Bank" (the tagger makes "executive" an
    adjective heading the clause): a current post and employer; with "was" a former
    post; "Ana Soto is executive" names no post."""
    (post,) = posts(graphs, "copula-adjective-title")
    assert post[KG.tenure] is None and post[KG.organization] == "Vessa Bank"
    found = facts(graphs, "copula-adjective-title", SCHEMA.worksFor)
    assert found == {("Ana Soto", "Vessa Bank")}
    (post,) = posts(graphs, "copula-adjective-past")
    assert post[KG.tenure] == KG.Former and post[KG.organization] == "Vessa Bank"
    assert facts(graphs, "copula-adjective-past", SCHEMA.worksFor) == set()
    assert posts(graphs, "copula-adjective-bare") == []


def test_a_double_barrelled_surname_is_part_of_the_name(graphs) -> None:
    """ "Louise Faure-Favier": the NER's name ends before the hyphen ("Louise Faure", another
    person); the name grows over it. Two surnames joined by a hyphen without a first name
    ("the Kowal-Berg talks") name no person."""
    classes = mention_classes(graphs, "hyphenated-surname")
    assert classes == {"Louise Faure-Favier": SCHEMA.Person}
    found = facts(graphs, "hyphenated-surname", SCHEMA.nationality)
    assert found == {("Louise Faure-Favier", "France")}
    assert "Kowal-Berg" not in mention_classes(graphs, "hyphenated-surnames-of-two")
    # a Korean given name's second syllable; not a word English joins to a name
    assert mention_classes(graphs, "hyphenated-given-name") == {"Kang Won-yong": SCHEMA.Person}
    assert mention_classes(graphs, "hyphenated-compound") == {"Ana Soto": SCHEMA.Person}


def test_a_biographys_opening_makes_its_name_a_person_across_brackets(graphs) -> None:
    """ "Orsa Kveld (Norwegian: ...; born 1966) is a Norwegian writer": the NER misses the
    name and the parse breaks at the brackets; read in word order, the name that opens
    the sentence is a writer's. A bank described the same way stays an organisation."""
    assert mention_classes(graphs, "biography-brackets")["Orsa Kveld"] == SCHEMA.Person
    found = facts(graphs, "biography-brackets", SCHEMA.nationality)
    assert ("Orsa Kveld", "Norway") in found
    classes = mention_classes(graphs, "organisation-brackets")
    assert classes["Vessa Bank"] == SCHEMA.Organization


def test_more_organisation_nouns_with_their_place_and_a_country_in_brackets(graphs) -> None:
    """ "the largest weekly publication in western Norway", "a football club in Bergen";
    a player is no organisation. "based in Oslo (Norway)": a place alone in brackets
    after a place is the country it is in."""
    found = facts(graphs, "publication-in", SCHEMA.location)
    assert found == {("Halden Courier", "Norway")}
    assert facts(graphs, "club-in", SCHEMA.location) == {("Vessa FC", "Bergen")}
    assert facts(graphs, "player-in", SCHEMA.location) == set()
    # a record label, a party: "an independent record label in Canada"
    assert facts(graphs, "label-in", SCHEMA.location) == {("Vessa Records", "Canada")}
    assert facts(graphs, "party-in", SCHEMA.location) == {("Green Union", "Norway")}
    assert facts(graphs, "group-member-in", SCHEMA.location) == set()
    assert facts(graphs, "player-in", SCHEMA.nationality) == set()
    assert facts(graphs, "place-in-brackets", SCHEMA.location) == {("Vessa Bank", "Oslo")}
    found = facts(graphs, "place-in-brackets", KG.countryOfOrigin)
    assert found == {("Vessa Bank", "Norway")}


def test_a_post_held_by_he_or_she_standing_for_one_person(graphs) -> None:
    """ "Ola Berg is a Norwegian economist. He is vice president of the Nordic Trade
    Society": the post is Ola Berg's; "She retired as chairman of Vessa Bank in 2019" a
    former post. With two people before "He" there is no post."""
    (post,) = posts(graphs, "pronoun-post")
    assert post[KG.organization] == "Nordic Trade Society" and post[KG.tenure] is None
    found = facts(graphs, "pronoun-post", SCHEMA.worksFor)
    assert found == {("Ola Berg", "Nordic Trade Society")}
    assert posts(graphs, "pronoun-post-two-people") == []
    # a person named only as an object is no antecedent here (the NER's "person" may be a
    # company: "he worked for Aker")
    assert posts(graphs, "pronoun-object-person") == []
    # "She joined X aged 14": a story told with "she" goes on past it; no current fact
    assert facts(graphs, "pronoun-joined", SCHEMA.memberOf) == set()
    assert facts(graphs, "pronoun-joined", SCHEMA.worksFor) == set()
    (post,) = posts(graphs, "pronoun-retired-as")
    assert post[KG.organization] == "Vessa Bank" and post[KG.tenure] == KG.Former
    assert str(post[SCHEMA.endDate]) == "2019"


def test_a_party_from_standing_or_being_elected_for_it(graphs) -> None:
    """ "a Conservative Member of Parliament" (capitalised), "was elected as a Whig", "ran
    as the Green candidate", "won the seat as the candidate of the Nordic Democratic
    Party"; "described as a liberal" names no party."""
    found = facts(graphs, "party-member-capitalised", SCHEMA.memberOf)
    assert ("Anders Lund", "Conservative Party") in found
    found = facts(graphs, "elected-as-party", SCHEMA.memberOf)
    assert found == {("Anders Lund", "Whig Party")}
    found = facts(graphs, "ran-as-party-candidate", SCHEMA.memberOf)
    assert found == {("Anders Lund", "Green Party")}
    found = facts(graphs, "candidate-of-party", SCHEMA.memberOf)
    assert found == {("Anders Lund", "Nordic Democratic Party")}
    assert facts(graphs, "described-as-liberal", SCHEMA.memberOf) == set()


def test_an_apposition_to_a_copulas_noun_describes_the_subject(graphs) -> None:
    """ "Anders Lund was an American sociologist, the first president of Halden
    University": a former post of his; in "a friend of Jan Dahl, the chief executive of
    Vessa Bank" the post is Jan Dahl's."""
    (post,) = posts(graphs, "predicate-apposition-post")
    assert post[KG.organization] == "Halden University" and post[KG.tenure] == KG.Former
    found = facts(graphs, "predicate-apposition-other", SCHEMA.worksFor)
    assert found == {("Jan Dahl", "Vessa Bank")}


def test_posts_as_news_writes_them(graphs) -> None:
    """ "who heads Vessa Bank" (now; "headed ... until 2019" gives no current employer),
    "has appointed Ana Soto as its new chief executive", "took over as chief executive"
    (held now; "will take over as" an incoming post), "its chief executive Ana Soto" ("its"
    after one company; after two, no organisation)."""
    assert facts(graphs, "who-heads", SCHEMA.worksFor) == {("Ana Soto", "Vessa Bank")}
    assert facts(graphs, "headed-until", SCHEMA.worksFor) == set()
    for name in ("appointed-as", "took-over-as", "its-title-before-name"):
        (post,) = posts(graphs, name)
        assert post[KG.organization] == "Vessa Bank" and post[KG.tenure] is None, name
        assert facts(graphs, name, SCHEMA.worksFor) == {("Ana Soto", "Vessa Bank")}, name
    (post,) = posts(graphs, "will-take-over-as")
    assert post[KG.organization] == "Vessa Bank" and post[KG.tenure] == KG.Incoming
    assert facts(graphs, "will-take-over-as", SCHEMA.worksFor) == set()
    assert [p[KG.organization] for p in posts(graphs, "its-two-companies")] == [None]


def test_every_name_of_a_list_fills_the_role_one_of_them_fills(graphs) -> None:
    # the parser joins "Ana Soto and Omar Haddad" into one compound: the list is read in
    # word order
    founders = facts(graphs, "listed-founders", SCHEMA.founder)
    assert founders == {("Lumen Media", "Ana Soto"), ("Lumen Media", "Omar Haddad")}
    members = facts(graphs, "listed-members", SCHEMA.memberOf)
    assert members == {
        ("Tova Brandt", "Royal Nordic Academy"),
        ("Tova Brandt", "Halden Chess Federation"),
    }


def test_names_after_a_comma_without_and_are_no_list(graphs) -> None:
    owners = facts(graphs, "no-list-after-comma", SCHEMA.parentOrganization)
    assert owners == {("Lumen Media", "Kessel Group")}


def test_an_unknown_name_after_an_occupation_or_before_said_is_a_person(graphs) -> None:
    for name in ("occupation-before-name", "speaker-name"):
        assert mention_classes(graphs, name).get("Tjark Oyelaran") == SCHEMA.Person, name


def test_a_party_word_before_a_name_is_the_persons_party_not_part_of_the_name(graphs) -> None:
    classes = mention_classes(graphs, "party-word-before-name")
    assert classes == {"Mara Quinlan": SCHEMA.Person, "Carl Hennessy": SCHEMA.Person}
    assert facts(graphs, "party-word-before-name", SCHEMA.memberOf) == {
        ("Mara Quinlan", "Democratic Party"),
        ("Carl Hennessy", "Republican Party"),
    }


def test_a_noun_for_a_countrys_people_before_a_name_is_the_persons_nationality(graphs) -> None:
    classes = mention_classes(graphs, "demonym-noun-before-name")
    assert classes == {"Luc Garnier": SCHEMA.Person, "Pieter Vos": SCHEMA.Person}
    assert facts(graphs, "demonym-noun-before-name", SCHEMA.nationality) == {
        ("Luc Garnier", "France"),
        ("Pieter Vos", "Netherlands"),
    }


def test_a_party_or_country_word_opening_another_name_is_left_alone(graphs) -> None:
    classes = mention_classes(graphs, "no-descriptor-word")
    assert SCHEMA.Person not in classes.values()
    assert classes.get("Republican Guard") == SCHEMA.Organization


def test_a_biography_opening_gives_nationality_through_its_noun_phrase(graphs) -> None:
    # a mis-tagged noun ("skier" as a comparative, "forward" as an adverb), modifiers joined
    # by "and", a number in the phrase; not a demonym on a field ("Peruvian language")
    assert facts(graphs, "biography-phrases", SCHEMA.nationality) == {
        ("Tomas Lindqvist", "Sweden"),
        ("Hanna Berg", "Norway"),
        ("Omar Haddad", "Egypt"),
        ("Ana Soto", "Chile"),
    }


def test_a_surnames_particle_stays_inside_the_name(graphs) -> None:
    assert facts(graphs, "name-particles", SCHEMA.nationality) == {
        ("Manfred von Killinger", "Germany"),
        ("Jefferson Madeira da Silva", "Brazil"),
    }


def mention_entities(graphs, name: str) -> dict[str, str]:
    graph, _labels = graphs[name]
    return {
        str(graph.value(m, NIF.anchorOf)): str(entity)
        for m, entity in graph.subject_objects(ITSRDF.taIdentRef)
    }


def test_a_name_given_as_another_name_is_the_same_entity(graphs) -> None:
    entities = mention_entities(graphs, "alias-names")
    assert entities["Orlo Bank"] == entities["Orlo Savings Bank"]
    # a former name is left apart: the fullest form would become the label
    assert entities["Tarrow Savings Bank"] != entities["Dunmore Bank"]
    assert entities["Halden Oars"] == entities["Halden Rowing Club"]
    assert entities["Lumen Media"] != entities["Kessel Group"]  # "and" gives no alias


def test_the_chain_of_places_goes_on_after_a_bracketed_country(graphs) -> None:
    found = facts(graphs, "places-after-brackets", SCHEMA.location)
    assert found == {
        ("Brandt Academy", "Tempe"),
        ("Brandt Academy", "Arizona"),
        ("Brandt Academy", "Maricopa County"),
    }


def test_belonging_to_and_a_branch_of_give_the_parent(graphs) -> None:
    assert facts(graphs, "belongs-and-branch", SCHEMA.parentOrganization) == {
        ("Tarrow Media", "Kessel Holdings"),
        ("Orlo Bank", "Dunmore Group"),
    }


def test_a_plural_noun_introduces_the_names_that_fill_its_role(graphs) -> None:
    # "United" and "Rovers" close clubs' names; "Dunmore City", the NER's person, is a team
    # too, listed after "teams such as" (kg/entities/organisation_kinds.py)
    classes = mention_classes(graphs, "teams-such-as")
    assert classes["Vessa United"] == classes["Orlo Rovers"] == SCHEMA.Organization
    assert classes["Dunmore City"] == SCHEMA.Organization
    assert facts(graphs, "teams-such-as", SCHEMA.memberOf) == {
        ("Tomas Berg", "Vessa United"),
        ("Tomas Berg", "Orlo Rovers"),
        ("Tomas Berg", "Dunmore City"),
    }


def test_a_country_named_by_its_alias_after_of_is_the_organisations_country(graphs) -> None:
    # "America" is also a first name: only after "of" ("Bank of America") is it the country
    assert facts(graphs, "country-alias-after-of", KG.countryOfOrigin) == {
        ("Music Retailers Association of America", "United States")
    }


def test_a_noun_phrase_closing_the_sentence_after_a_name_and_a_comma_describes_it(graphs) -> None:
    # the parser makes "league" a parataxis of the clause, not the name's apposition
    assert facts(graphs, "league-of-country", SCHEMA.location) == {
        ("Kessel First League", "Turkey")
    }


def test_a_call_sign_is_a_broadcaster_and_a_radio_station_an_organisation(graphs) -> None:
    classes = mention_classes(graphs, "call-sign")
    assert classes["CKXR-FM"] == SCHEMA.Organization
    assert facts(graphs, "call-sign", KG.countryOfOrigin) == {("CKXR-FM", "Canada")}
    assert facts(graphs, "call-sign", SCHEMA.parentOrganization) == {("CKXR-FM", "Vessa Media")}
    # a spaced hyphen after capitals still ends a dateline
    assert mention_classes(graphs, "hyphen-dateline") == {"DENVER": SCHEMA.Place}


def test_a_countrys_title_before_or_after_a_name_gives_the_nationality(graphs) -> None:
    # "U.S. Representative" is no organisation, whatever the NER says; the parser hangs
    # "U.S." on the name and makes "Minister" a list item of it
    assert SCHEMA.Organization not in mention_classes(graphs, "country-titles").values()
    assert facts(graphs, "country-titles", SCHEMA.nationality) == {
        ("John Thurman", "United States"),
        ("Ana Holt", "United States"),
        ("Simon Crean", "Australia"),
    }


def test_the_place_before_a_noun_for_a_kind_of_place_holds_it_but_not_a_suburb(graphs) -> None:
    assert facts(graphs, "place-before-kind-noun", SCHEMA.location) == {
        ("Brandt Academy", "Ojai"),
        ("Brandt Academy", "California"),
        ("Kessel College", "Newton"),  # a suburb of Boston need not be in Boston
    }


def test_a_place_read_from_a_name_is_in_the_places_the_sentence_puts_it_in(graphs) -> None:
    assert facts(graphs, "place-in-name-wider", KG.countryOfOrigin) == {
        ("Halden University", "Norway")
    }


def test_joining_after_another_verb_is_the_persons_membership(graphs) -> None:
    assert facts(graphs, "joining-gerund", SCHEMA.memberOf) == {("Tomas Berg", "Orlo Rovers")}


def test_a_name_ends_at_a_possessive_before_a_title(graphs) -> None:
    classes = mention_classes(graphs, "plural-possessive-title")
    assert classes.get("Vessa Airways") == SCHEMA.Organization
    assert facts(graphs, "plural-possessive-title", SCHEMA.worksFor) == {
        ("Doug Parker", "Vessa Airways")
    }


def test_a_noun_joined_to_a_copulas_noun_describes_its_subject(graphs) -> None:
    # "founder" is a conjunct of "filmmaker"; its organisation is named right after
    # "company", where the parse does not join it
    assert facts(graphs, "founder-of-described-company", SCHEMA.founder) == {
        ("Kessel Pictures", "Leone Vik")
    }


def test_a_school_or_a_command_of_an_organisation_is_part_of_it(graphs) -> None:
    assert facts(graphs, "school-and-command-of", SCHEMA.parentOrganization) == {
        ("Orlo Business School", "Halden University"),
        ("Halden Naval Forces", "Norwegian Navy"),
    }


def test_of_and_an_organisation_after_any_word_of_a_name_names_its_member(graphs) -> None:
    # the parser makes "Digvijaya" and "Rao" two subjects and hangs "of" on "Rao"
    assert facts(graphs, "of-party-two-subjects", SCHEMA.memberOf) == {
        ("Digvijaya Rao", "Congress Party")
    }


def test_a_one_word_name_before_born_that_opens_a_biography_is_a_person(graphs) -> None:
    classes = mention_classes(graphs, "stage-name-biography")
    assert classes.get("Korvo") == SCHEMA.Person
    assert classes.get("Velta") != SCHEMA.Person  # "founded": no one's birth
    assert facts(graphs, "stage-name-biography", SCHEMA.nationality) == {("Korvo", "Norway")}


def test_names_listed_before_of_and_an_organisation_are_its_people(graphs) -> None:
    members = facts(graphs, "listed-of", SCHEMA.memberOf)
    assert members == {("Damien Hale", "Orlo Foundation"), ("Rodrigo Vik", "Orlo Foundation")}
    # after "between", the first name need not be of the organisation
    assert ("Ines Brandvik", "Kestrel Shipping") not in facts(graphs, "between-of", SCHEMA.memberOf)


def test_who_is_known_as_a_member_or_founder(graphs) -> None:
    """ "X was best known as the lead singer of Y", "X, best known as the founder of Y,", "X
    was a poet, best known as the pianist of Y": the role noun's holder is X."""
    assert facts(graphs, "known-as", SCHEMA.memberOf) == {("Ilse Varn", "Brisefjell")}
    found = facts(graphs, "known-as-apposed", SCHEMA.founder)
    assert found == {("Lynx Shipping Company", "Tor Aune")}
    assert facts(graphs, "known-as-copula", SCHEMA.memberOf) == {("Ines Galt", "Los Andinos")}


def test_a_studio_in_a_place_is_there_and_a_region_after_a_town_stays_a_place(graphs) -> None:
    """ "Bluewater Studios in Halifax, Nova Scotia": the NER's place "Nova Scotia" after a
    town and a comma stays a place, though "Nova" is a given name."""
    found = facts(graphs, "studios-in", SCHEMA.location)
    assert found == {("Bluewater Studios", "Halifax"), ("Bluewater Studios", "Nova Scotia")}


def test_a_biography_opens_with_another_form_of_the_name_or_calls_a_person_a_figure(graphs):
    """ "X or Y (dates) was a ...", "X, or simply Y (born ...) is a ...": the demonym is the
    first name's nationality too; "a political figure" is a person."""
    found = facts(graphs, "or-name-opening", SCHEMA.nationality)
    assert ("Kwame Osei", "Ghana") in found
    found = facts(graphs, "or-simply-opening", SCHEMA.nationality)
    assert ("Ivo Bekker Lindqvist", "Netherlands") in found
    assert facts(graphs, "political-figure", SCHEMA.nationality) == {("Anders Brun", "Denmark")}


def test_a_player_of_a_countrys_national_team_is_its_national(graphs) -> None:
    """A country's national team plays its citizens; its coach need not be one."""
    found = facts(graphs, "national-team-debut", SCHEMA.nationality)
    assert found == {("Anna Verhoeven", "Netherlands")}
    found = facts(graphs, "national-team-member", SCHEMA.nationality)
    assert found == {("Rosa Quintero", "Chile")}
    assert facts(graphs, "national-team-coach", SCHEMA.nationality) == set()


def test_a_release_in_a_country_gives_the_broadcasters_or_labels_country(graphs):
    """A show or a record comes out country by country, each through that country's
    broadcaster or label; "aired on X" makes X a broadcaster whatever the NER said."""
    # each label with its own country ("Vessa Records", which the NER may miss, with France)
    released = facts(graphs, "released-by-two", KG.countryOfOrigin)
    assert ("Kestrel Records", "Canada") in released
    assert released <= {("Kestrel Records", "Canada"), ("Vessa Records", "France")}
    found = facts(graphs, "aired-on-a-place-tagged-name", KG.countryOfOrigin)
    assert found == {("Corvina", "Portugal")}
    found = facts(graphs, "released-in-country-by", KG.countryOfOrigin)
    assert found == {("Larkin Records", "Ireland")}  # the verb's one country and one label


def test_no_country_from_a_maker_abroad_or_a_town(graphs):
    assert facts(graphs, "built-by-abroad", KG.countryOfOrigin) == set()
    # a release of people, a signing of a treaty: no work comes out there
    assert facts(graphs, "hostages-released", KG.countryOfOrigin) == set()
    assert facts(graphs, "treaty-signed", KG.countryOfOrigin) == set()
    assert facts(graphs, "released-in-a-town", KG.countryOfOrigin) == set()
    assert facts(graphs, "released-in-a-town", SCHEMA.location) == set()


def test_a_title_of_a_country_is_no_organisation(graphs):
    """The NER's "King of Norway" (ORG) is a title and a country: the country a place."""
    found = mention_classes(graphs, "title-of-country")
    assert found["Norway"] == SCHEMA.Place
    assert "King of Norway" not in found


def test_a_former_name_of_a_country_is_that_country(graphs):
    """ "Ceylon" is Sri Lanka's entity (its IRI), labelled as the text writes it."""
    graph = graphs["former-country-name"][0]
    countries = {tuple(str(o).rsplit("/", 2)[-2:]) for o in graph.objects(None, SCHEMA.nationality)}
    assert countries == {("place", "sri-lanka")}


def test_ones_native_country_is_ones_nationality(graphs):
    assert facts(graphs, "native-country", SCHEMA.nationality) == {("Ola Berg", "Norway")}
    assert facts(graphs, "native-town", SCHEMA.nationality) == set()  # a town: no country


def test_an_organisation_named_by_another_and_a_division_word_is_owned_by_it(graphs):
    """ "Kestrel Pictures" beside "Kestrel"; not "Halvard Media Group" (a group is the
    parent or the same company), not "Halvard Media Foundation"."""
    found = facts(graphs, "parent-in-name", SCHEMA.parentOrganization)
    assert found == {("Kestrel Pictures", "Kestrel")}
    assert facts(graphs, "same-organisation-longer-name", SCHEMA.parentOrganization) == set()


def test_which_words_after_a_name_say_a_part_of_it():
    from kg.facts.relations.parent_in_name import _names_a_part_of

    assert _names_a_part_of("vessa pictures", "vessa")
    assert _names_a_part_of("vessa world news", "vessa")
    assert _names_a_part_of("vessa motors new zealand", "vessa motors")  # a country's arm
    assert not _names_a_part_of("vessa group", "vessa")
    assert not _names_a_part_of("vessa international", "vessa")
    assert not _names_a_part_of("vessa foundation", "vessa")
    assert not _names_a_part_of("vessalink pictures", "vessa")  # not the same first word


def test_an_organisations_name_from_a_country(graphs):
    found = facts(graphs, "organisation-from-country", KG.countryOfOrigin)
    assert found == {("Halvard Shipping", "Norway")}


def test_a_founding_date_read_through_an_inverted_copula(graphs):
    """ "The oldest bank, founded in 1822, is X": the date is X's."""
    found = facts(graphs, "inverted-copula-founded", SCHEMA.foundingDate)
    assert found == {("Halden Savings Bank", "1822")}
