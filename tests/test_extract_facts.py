"""One sentence, one fact a careful reader states: the cases that taught the rules something, as a table.

Each row is (text, subject, predicate, object); the test builds the graph of the text alone and looks for the triple.
The sentences are written for these tests or adapted from the team's own development articles in eval/dev* (never
the shared corpus, never a sealed article).
"""
from __future__ import annotations

import pytest
from rdflib import RDF, RDFS

from kg.vocab import KG
from test_extract import has


def _labels(graph, cls) -> set[str]:
    """The labels of every node of class `cls`."""
    return {str(label) for node in graph.subjects(RDF.type, cls) for label in graph.objects(node, RDFS.label)}


def _nodes_labelled(graph, cls, word: str) -> list:
    """The nodes of class `cls` with a label that contains `word`."""
    return [node for node in graph.subjects(RDF.type, cls)
            if any(word in str(label) for label in graph.objects(node, RDFS.label))]


def _backed(graph) -> set[str]:
    """The labels of every node something supports."""
    return {str(label) for _, _, obj in graph.triples((None, KG.supports, None)) for label in graph.objects(obj, RDFS.label)}

FACTS = [
    # a headline's verb repeated in the lead: the lead's object is the headline's
    ("SAARC health ministers endorse common quality standards for generic medicines\n\nKATHMANDU, 3 March – The SAARC Health Ministers' Meeting (HMM) today endorsed the Regional Framework on Medicines Quality, which will align testing rules by 2029.",
     'SAARC', 'supports', 'Regional Framework on Medicines Quality'),
    # a standing meeting of ministers is a body
    ("SAARC health ministers endorse common quality standards for generic medicines\n\nKATHMANDU, 3 March – The SAARC Health Ministers' Meeting (HMM) today endorsed the Regional Framework on Medicines Quality, which will align testing rules by 2029.",
     "SAARC Health Ministers' Meeting", 'supports', 'Regional Framework on Medicines Quality'),
    ('The BIMSTEC Ministers on Transport Meeting approved the Master Plan for Transport Connectivity on Friday.',
     'BIMSTEC Ministers on Transport Meeting', 'supports', 'Master Plan for Transport Connectivity'),
    # NER's PERSON on the topic after "Roadmap on" is no person
    ('The Pacific Community welcomed the Regional Roadmap on Cooling Efficiency, which will replace old units by 2030.',
     'Pacific Community', 'supports', 'Regional Roadmap on Cooling Efficiency'),
    # support nouns whose objects hang on the verb
    ('Leaders of the East African Community declared their backing on Friday for the Kenyan peace plan.',
     'East African Community', 'supports', 'Kenyan peace plan'),
    ('The UN Mission in Liberia said the mission would give logistical support to the National Elections Commission.',
     'UN Mission in Liberia', 'supports', 'National Elections Commission'),
    ('Heads of state of the Southern African Development Community reaffirmed their solidarity with Mozambique.',
     'Southern African Development Community', 'supports', 'Mozambique'),
    ('The Arab League placed itself firmly behind the Egyptian reconstruction plan.',
     'Arab League', 'supports', 'Egyptian reconstruction plan'),
    # support through means parts and shared subjects
    ('UNICEF said it would keep 300 schools open thanks to a grant from the World Bank and fresh money from Norway.',
     'World Bank', 'supports', 'UNICEF'),
    ('The Malawi Electoral Commission has started training officials with funding from the European Union.',
     'European Union', 'supports', 'Malawi Electoral Commission'),
    ("Canada and Ireland had financed much of the Lusaka Framework's training component.",
     'Ireland', 'supports', 'Lusaka Framework'),
    ('The Peace and Security Council gave the go-ahead for the Kampala Initiative.',
     'Peace and Security Council', 'supports', 'Kampala Initiative'),
    ("Armenia's delegation welcomed the return of the Border Monitoring Mechanism.",
     'Armenia', 'supports', 'Border Monitoring Mechanism'),
    ("Jan Kubis said he was encouraged by the bloc's move and urged all parties to implement the Doha Agreement.",
     'Jan Kubis', 'supports', 'Doha Agreement'),
    # support through references and passive means
    ('The Electoral Observation Mission, funded by contributions from Canada and Spain, began work on Monday.',
     'Spain', 'supports', 'Electoral Observation Mission'),
    ('The envoy pointed to the endorsement of the Kigali plan by the African Union.',
     'African Union', 'supports', 'Kigali plan'),
    ('The OAS adopted Resolution 1300 on Friday. Mexico voted for the text.',
     'Mexico', 'supports', 'Resolution 1300'),
    ('ASEAN backed the Code of Conduct. China said it would sign up to a binding code.',
     'China', 'supports', 'Code of Conduct'),
    # hyphenated names and nationalities by context
    ("SADC's Executive Secretary, Lerato Mokoena-Dube, confirmed the withdrawal.",
     'Lerato Mokoena-Dube', 'represents', 'Southern African Development Community'),
    ('The Democratic Republic of the Congo sent a delegation. The Congolese delegation, headed by Deputy '
     'Prime Minister Jean-Pierre Ilunga Mbayo, welcomed the truce.',
     'Jean-Pierre Ilunga Mbayo', 'represents', 'Democratic Republic of the Congo'),
    ('Tongan Deputy Prime Minister Sione Havili Tupou spoke first.',
     'Sione Havili Tupou', 'represents', 'Tonga'),
    # more support structures
    ("Japan and the United States signalled their readiness to finance the Pacific Resilience Facility's "
     'technical window.',
     'United States', 'supports', 'Pacific Resilience Facility'),
    ('A joint summit of the East African Community and SADC called for the swift implementation of a '
     'ceasefire in Masisi.',
     'Southern African Development Community', 'supports', 'ceasefire in Masisi'),
    ('IGAD urged all parties to implement the security arrangements of the Addis Ababa Agreement.',
     'Intergovernmental Authority on Development', 'supports', 'Addis Ababa Agreement'),
    ('The AU gave its blessing to merging the Lome Process with the Accra Process into a single joint peace process.',
     'African Union', 'supports', 'joint peace process'),
    ('Leaders of the Pacific Islands Forum reaffirmed the 2050 Strategy for the Blue Pacific Continent.',
     'Pacific Islands Forum', 'supports', '2050 Strategy for the Blue Pacific Continent'),
    # represents from nationality sending and heading
    ('Gambian Foreign Minister Fatou Ceesay-Njie chaired the session.',
     'Fatou Ceesay-Njie', 'represents', 'Gambia'),
    ('Bolivia sent Foreign Minister Celinda Quispe Mamani, who backed the trade deal.',
     'Celinda Quispe Mamani', 'represents', 'Bolivia'),
    ('Kristina Vaitkute, who heads the EU Partnership Mission in Moldova (EUPM Moldova), spoke.',
     'Kristina Vaitkute', 'represents', 'EU Partnership Mission in Moldova'),
    # support by lending weight and adoption by
    ('The OSCE lent its weight to reviving the Vienna format.',
     'OSCE', 'supports', 'Vienna format'),
    ('Mercosur welcomed the adoption of the EU–Mercosur Partnership Agreement by the Council of the European Union.',
     'Council of the European Union', 'supports', 'EU–Mercosur Partnership Agreement'),
    ('Mercosur welcomed the adoption of the EU–Mercosur Partnership Agreement by the Council of the European Union.',
     'Mercosur', 'supports', 'EU–Mercosur Partnership Agreement'),
    # more ways to name a post
    ('The plan enjoys the support of UNICEF, whose Representative in Nigeria, Ada Obi, said vaccines had arrived.',
     'Ada Obi', 'represents', 'UNICEF'),
    ("Africa CDC's Director General, Nuru Mwinyi, called the plan historic.",
     'Nuru Mwinyi', 'represents', 'Africa Centres for Disease Control and Prevention'),
    ("Japan's backing of the plan was acknowledged by the Kenyan Minister of Health, Dr Amos Kiptoo, who "
     'spoke in Nairobi.',
     'Amos Kiptoo', 'represents', 'Kenya'),
    ("Fiji's backing of the facility came with a warning: its Minister for Finance, Jone Nacola, said "
     'grants were late.',
     'Jone Nacola', 'represents', 'Fiji'),
    ('Gambian Justice Minister Ousman Jallow-Darboe, who chairs the committee, spoke.',
     'Ousman Jallow-Darboe', 'represents', 'Gambia'),
    # posts behind hyphenated subjects and advisers
    ('The US-brokered treaty text has also drawn support from Türkiye. Its special envoy for '
     'normalisation, Mehmet Tunc, said the crossing would reopen.',
     'Mehmet Tunc', 'represents', 'Türkiye'),
    ('Elchin Mammadli, a foreign-policy adviser to the Azerbaijani president, said Baku backed the text.',
     'Elchin Mammadli', 'represents', 'Azerbaijan'),
    # posts the parser makes hard to see
    ('"Confidence is built here," said the OSCE\'s co-chair, Ambassador Viorel Lungu.',
     'Viorel Lungu', 'represents', 'OSCE'),
    ('Congolese Foreign Minister Patrice Mavoungou-Ndinga read the communique.',
     'Patrice Mavoungou-Ndinga', 'represents', 'Congo'),
    ("The Council of Europe's Committee of Ministers met. Marc Schiltz, Luxembourg's Foreign Minister and "
     'chair of the Committee of Ministers, spoke.',
     'Marc Schiltz', 'represents', 'Committee of Ministers'),
    ('Ambassador Renata Silveira, who represents Brazil on the Permanent Council and currently chairs it, spoke.',
     'Renata Silveira', 'represents', 'Permanent Council'),
    # names with particles after long titles
    ("The meeting was chaired by Malaysia's Minister of Natural Resources and Environmental "
     'Sustainability, Farid Hashim bin Rahman, whose country holds the chair.',
     'Farid Hashim bin Rahman', 'represents', 'Malaysia'),
    # support through agencies second means and earlier leaders
    ("The World Food Programme cut rations. Kwame Boateng welcomed Japan's pledge of $15 million to the agency.",
     'Japan', 'supports', 'World Food Programme'),
    ('UNFPA said it would keep midwives working, thanks to a grant from the World Bank and fresh money '
     'from Japan and Sweden.',
     'Sweden', 'supports', 'UNFPA'),
    ('Pacific Islands Forum leaders hailed the facility. Leaders also reaffirmed the 2050 Strategy for the'
     ' Blue Pacific Continent.',
     'Pacific Islands Forum', 'supports', '2050 Strategy for the Blue Pacific Continent'),
    # idioms ellipsis and blessings
    ('Egypt put its name to the Jeddah Declaration.',
     'Egypt', 'supports', 'Jeddah Declaration'),
    ('The plan, which Kenya and Uganda back, was adopted on Monday.',
     'Uganda', 'supports', 'plan'),
    ('Saudi Arabia and the UAE backed the Stockholm Agreement, as did Oman.',
     'Oman', 'supports', 'Stockholm Agreement'),
    ("The Nairobi talks went ahead with Qatar's blessing.",
     'Qatar', 'supports', 'Nairobi talks'),
    ('The OSCE stands ready to assist with the implementation of the Minsk agreements.',
     'OSCE', 'supports', 'Minsk agreements'),
    # a named process with a possessive inside and its short name
    ("Ministers reviewed the Roadmap for South Sudan's Full Recovery on Monday. Japan had funded the "
     "Roadmap's first stage.",
     'Japan', 'supports', "Roadmap for South Sudan's Full Recovery"),
    # a capitalised short name is the body the article is about
    ('The Caribbean Community (CARICOM) met in Georgetown. CARICOM leaders praised Guyana. The Community '
     "of Latin American and Caribbean States also met. Jane Doe, who heads the Community's secretariat, "
     'said CARICOM would act.',
     'Jane Doe', 'represents', 'CARICOM'),
    # a hyphenated surname after a title stays in the name
    ('The UN Mission in South Sudan (UNMISS) backed the talks. Its head, Special Representative Olusegun '
     'Adebayo-Hart, flew to Juba.',
     'Olusegun Adebayo-Hart', 'represents', 'UNMISS'),
    # a mission name keeps no punctuation
    ('The Head of the OSCE Mission to Moldova, Ambassador Kjell Aaberg, said the bridge would open.',
     'Kjell Aaberg', 'represents', 'OSCE Mission to Moldova'),
    # a court case is a process others back
    ("Foreign ministers of the OIC renewed their backing for The Gambia's genocide case against Myanmar.",
     'Organisation of Islamic Cooperation', 'supports', 'genocide case'),
    # a proposal restating the noun before it
    ('Brazil pushed for a BRICS grain exchange, a proposal that Russia championed.',
     'Russia', 'supports', 'grain exchange'),
    # the bloc is the bloc the article is about
    ('BRICS leaders met in Delhi. BRICS endorsed the lending plan. BRICS also welcomed Indonesia. Okello '
     "Mugisha, speaking on behalf of the Group of 77 and China, applauded the bloc's commitment to the "
     'Common Framework for debt treatment.',
     'BRICS', 'supports', 'Common Framework'),
    # named programmes with small words inside, and their owners
    ("The Asian Development Bank approved $300 million for new reservoirs under its Clean Water for Cities initiative.",
     'Asian Development Bank', 'leads', 'Clean Water for Cities initiative'),
    # a government's commitment is the country's, and the speaker's
    ("Rwanda's Foreign Minister, Jean Habimana, renewed his government's commitment to the Arusha Accord.",
     'Rwanda', 'supports', 'Arusha Accord'),
    ("Rwanda's Foreign Minister, Jean Habimana, renewed his government's commitment to the Arusha Accord.",
     'Jean Habimana', 'supports', 'Arusha Accord'),
    # titles inside titles, names the parser coordinates with a title, roles taken while speaking
    ('The head of the United Nations Mission in South Sudan, Special Representative Ana Costa, briefed the Council.',
     'Ana Costa', 'represents', 'United Nations Mission in South Sudan'),
    ('Tonga, a member of the Pacific Islands Forum, sent its Minister of Foreign Affairs, Sione Vaipulu, who criticised the plan.',
     'Sione Vaipulu', 'represents', 'Tonga'),
    ("Fiji's Prime Minister, Ratu Seru Nailatikau, speaking as chair of the Pacific Islands Forum, said the region was ready.",
     'Ratu Seru Nailatikau', 'represents', 'Pacific Islands Forum'),
    ('The African Development Bank approved the loan. Mercy Otieno, who directs the Bank\'s regional portfolio for East '
     'Africa, said work would start in May.', 'Mercy Otieno', 'represents', 'African Development Bank'),
    # subjects the parser hangs on the auxiliary
    ('Japan is financing the Pacific Resilience Facility, which trains disaster officials in small island states, '
     'a Japanese official said.', 'Japan', 'supports', 'Pacific Resilience Facility'),
    # seats: a building after "based at" is a place, inside a city
    ('The Caribbean Community Secretariat, based at Turkeyen House in Georgetown, will host the talks.',
     'Caribbean Community Secretariat', 'basedIn', 'Turkeyen House'),
    ('The Caribbean Community Secretariat, based at Turkeyen House in Georgetown, will host the talks.',
     'Turkeyen House', 'locatedIn', 'Georgetown'),
    ('The Commonwealth Secretariat said the Commonwealth would meet in Kigali.',
     'Commonwealth Secretariat', 'partOf', 'Commonwealth'),
    # "the envoy" is the person introduced as an envoy, not the last person named
    ("The Secretary-General's Personal Envoy for Western Sahara, Lars Eklund, chairs the talks. Moroccan Foreign "
     "Minister Karim Benali spoke next. Spain reiterated its support for the envoy's work.", 'Spain', 'supports', 'Lars Eklund'),
    # "the Vienna meeting" is the meeting held in Vienna named before; "without conditions" denies nothing
    ('The OSCE will reconvene the informal meeting on Transnistria in Vienna in May. Moldova signed up to the Vienna meeting.',
     'Moldova', 'supports', 'informal meeting on Transnistria'),
    ('The OSCE will reconvene the informal meeting on Transnistria in Vienna in May.',
     'OSCE', 'leads', 'informal meeting on Transnistria'),
    ('Kosovo said it had signed up to the Brussels Agreement "without conditions".', 'Kosovo', 'supports', 'Brussels Agreement'),
    # bodies NER leaves untagged, and the organization they are "of"
    ("Chad's Foreign Minister, Idriss Mahamat, speaking as chair of the Council of Ministers, opened the session.",
     'Idriss Mahamat', 'represents', 'Council of Ministers'),
    ('The Board of Governors of the IAEA adopted a resolution calling on Syria to cooperate.',
     'Board of Governors', 'partOf', 'IAEA'),
    # a resolution a body passes is one it backs, and so do those who vote for it
    ('The Board of Governors of the IAEA passed a resolution calling on Syria to cooperate.',
     'Board of Governors', 'supports', 'resolution'),
    ('The Board of Governors of the IAEA passed a resolution calling on Syria to cooperate. Canada voted in favour of the resolution.',
     'Canada', 'supports', 'resolution'),
    # "its" after a relative clause is the clause's subject
    ('The African Union, which had also suspended Mali, declared itself ready to back the transition charter, its '
     'Commissioner for Political Affairs, Amara Diallo, said.', 'Amara Diallo', 'represents', 'African Union'),
    # who speaks for a state's department or heads its embassy speaks for the state
    ("The United States backed the plan, said Mark Ellison, the State Department's Deputy Assistant Secretary for "
     "African Affairs.", 'Mark Ellison', 'represents', 'United States'),
    ('France will fund the clinics, said Ambassador Claire Morel, who heads the French embassy in Bamako.',
     'Claire Morel', 'represents', 'France'),
    # paying for a body's own work, or keeping its mandate alive, backs the body
    ("Norway has set aside $5 million for UNMISS's human-rights monitoring this year.", 'Norway', 'supports', 'UNMISS'),
    ('The Security Council renewed the mandate of the United Nations Mission in South Sudan for a year.',
     'Security Council', 'supports', 'United Nations Mission in South Sudan'),
    ('The Council adopted a French-drafted resolution on Mali.', 'France', 'supports', 'resolution on Mali'),
    ('The World Health Organization pledged its full cooperation with UNICEF on the vaccination drive.',
     'World Health Organization', 'supports', 'UNICEF'),
    ('Italy signed up to the Rome Compact, joining Spain and Greece in backing the compact.', 'Greece', 'supports', 'Rome Compact'),
    # "the annex in full" is still the annex named before; a timetable "for implementing" something is a particular one
    ("Belgrade and Pristina agreed the Ohrid Implementation Annex. Kosovo's negotiator, Arben Gashi, urged Serbia to "
     "implement the annex in full.", 'Arben Gashi', 'supports', 'Ohrid Implementation Annex'),
    ('The two sides agreed on a timetable for implementing the accord. Canada extended its backing to the timetable.',
     'Canada', 'supports', 'timetable'),
    # the supreme organs of regional bodies, and bodies after "the rival"
    ('CARICOM leaders met in Nassau. Prime Minister Jane Fortune (Grenada) spoke as chair of the Conference of Heads '
     'of Government.', 'Jane Fortune', 'represents', 'Conference of Heads of Government'),
    ('The unity government welcomed the plan, but the rival House of Representatives rejected what its spokesman, '
     'Salem Haddad, called "a foreign timetable".', 'Salem Haddad', 'represents', 'House of Representatives'),
    # rulers named after their title, names hung on the last noun of a long title, names NER cut at a bracket
    ("Morocco's King Hassan III opened the summit.", 'Hassan III', 'represents', 'Morocco'),
    ('The deputy head of the UN mission in Libya, Stephanie Koury, briefed the Council.', 'Stephanie Koury', 'represents', 'UN'),
    ('The Inter-Parliamentary Union (IPU) Secretary General, Martin Chungong, opened the assembly.',
     'Martin Chungong', 'represents', 'Inter-Parliamentary Union'),
    # aid announced "in" some kind of money for someone; a guarantor backs what it guarantees; a named body's proposal
    ('The European Commission announced €50 million in humanitarian aid for Sudan.', 'European Commission', 'supports', 'Sudan'),
    ('The talks are facilitated by Norway and guaranteed by Cuba.', 'Cuba', 'supports', 'talks'),
    ('Ethiopia rejected the AU proposal, while Kenya welcomed it.', 'Kenya', 'supports', 'AU proposal'),
    ('The plan was drawn up by the African Union Commission and welcomed by the European Union.',
     'European Union', 'supports', 'plan'),
    ('Speaking on behalf of the Arab Group, Ambassador Yusuf Haddad of Jordan welcomed the resolution.',
     'Yusuf Haddad', 'represents', 'Arab Group'),
    ('The Pacific Islands Forum Secretary General, Baron Waqa, said leaders had endorsed the Boe Declaration Action Plan.',
     'Pacific Islands Forum', 'supports', 'Boe Declaration Action Plan'),
    # idioms with a dative "to", praise received, prefixes glued to a demonym
    ('Ghana lent its voice to calls for a ceasefire in Sudan.', 'Ghana', 'supports', 'ceasefire in Sudan'),
    ("Egypt's mediation between the two sides won praise from the Arab League.",
     'Arab League', 'supports', 'mediation between the two sides'),
    ('The UN-facilitated intra-Libyan dialogue resumed in Geneva.', 'UN', 'supports', 'intra-Libyan dialogue'),
    ('Seoul backed the inter-Korean talks.', 'South Korea', 'supports', 'inter-Korean talks'),
    # a capitalised list inside a programme's name, and names with "of" inside
    ('ECOWAS adopted an updated Plan for Peace, Reconciliation and Recovery, committing its members to reforms.',
     'ECOWAS', 'supports', 'Plan for Peace, Reconciliation and Recovery'),
    ('The FAO launched the Horn of Africa Drought Response Plan on Monday.', 'FAO', 'supports', 'Horn of Africa Drought Response Plan'),
    # an ambassador sent "to" a country, the lender named before, "whose" title
    ('Canada sent its Ambassador to Peru, Claire Dubois, as an observer.', 'Claire Dubois', 'represents', 'Canada'),
    ("The Asian Development Bank approved the loan. The Manila-based lender's President, Ken Sato, signed it.",
     'Ken Sato', 'represents', 'Asian Development Bank'),
    ('The UN Economic Commission for Europe (ECE), whose Executive Secretary, Tatiana Vole, addressed the ministers, '
     'backed the plan.', 'Tatiana Vole', 'represents', 'UN Economic Commission for Europe'),
    ('Kenyan Health Minister Alice Wanjiru welcomed the plan.', 'Alice Wanjiru', 'represents', 'Kenya'),
    # speakers NER mistyped or the parser misplaced
    ('Ambassador Pieter Claes (Belgium), speaking on behalf of the EU, said the reports were damning.',
     'Pieter Claes', 'represents', 'EU'),
    ('Ghana, which abstained, said through its delegate, Ama Owusu-Ansah, that it would support the work.',
     'Ama Owusu-Ansah', 'represents', 'Ghana'),
    ('Jan Eliasson, the UN Deputy Emergency Relief Coordinator, who heads the Office for the Coordination of '
     'Humanitarian Affairs (OCHA), spoke.', 'Jan Eliasson', 'represents', 'Office for the Coordination of Humanitarian Affairs'),
    ("Tomas Reyes, Commissioner of Peru's National Institute of Civil Defence, said rescue teams were ready.",
     'Tomas Reyes', 'represents', 'National Institute of Civil Defence'),
    ('The Security Council renewed the mandate of the United Nations Interim Force in Lebanon (UNIFIL). The Force '
     'Commander, Major General Luis Ortega, briefed members.', 'Luis Ortega', 'represents', 'United Nations Interim Force in Lebanon'),
    # revived bodies, rules agreed before, a body's text signed
    ('Ministers of the Arab League agreed to revive the Arab Food Reserve Fund.', 'Arab League', 'supports', 'Arab Food Reserve Fund'),
    ('IGAD said members had approved revised grazing rules under which herders could cross borders. Kenya and '
     'Uganda endorsed the new rules.', 'Uganda', 'supports', 'revised grazing rules'),
    ("Ten states and the European Union on Thursday signed the Council of Europe's Convention on Cybercrime.",
     'European Union', 'supports', 'Convention on Cybercrime'),
    # member states act for their body, pledges are named undertakings, drafting backs a text, a possessor's draft
    ('The Kampala Declaration was endorsed by all eleven member states of the ICGLR.', 'ICGLR', 'supports', 'Kampala Declaration'),
    ('Argentina joined the Global Methane Pledge on Tuesday.', 'Argentina', 'supports', 'Global Methane Pledge'),
    ('The council approved the Sahel Resilience Strategy, which Mali, Niger and Chad had drafted.',
     'Chad', 'supports', 'Sahel Resilience Strategy'),
    ("The committee's chair, Ambassador Ana Ruiz (Chile), tabled a text. Kenya said it supported the chair's draft.",
     'Kenya', 'supports', "chair's draft"),
    # a described programme is not the body whose name ends in "Programme"
    ('UNDP and the EU are co-funding the Lake Chad stabilisation programme.', 'EU', 'supports', 'Lake Chad stabilisation programme'),
    # titles the parser lost or coordinated
    ('According to Ahmed Salem, a senior official at the Arab League, the summit will go ahead.',
     'Ahmed Salem', 'represents', 'Arab League'),
    ("Vietnam's Deputy Prime Minister and Foreign Minister Bui Thanh Son chaired the meeting.",
     'Bui Thanh Son', 'represents', 'Vietnam'),
    # signatories and "one of the guarantors"; names with particles; the work "of" someone
    ('Both Kenya and Ethiopia are signatories to the Nile Basin Cooperative Framework Agreement.',
     'Ethiopia', 'supports', 'Nile Basin Cooperative Framework Agreement'),
    ('Norway is one of the guarantors of the peace process.', 'Norway', 'supports', 'peace process'),
    ('Ursula von der Leyen, President of the European Commission, spoke.', 'Ursula von der Leyen', 'represents', 'European Commission'),
    ('The Security Council expressed its full support for the work of the Personal Envoy, Staffan de Mistura.',
     'Security Council', 'supports', 'Staffan de Mistura'),
    # every state the ministers come from; a second "by" coordinated with the first
    ('Ministers from Chile, Peru and Colombia signed the Lima Declaration on migration.', 'Peru', 'supports', 'Lima Declaration'),
    ('The Geneva accord, negotiated under Swiss auspices, was endorsed by both parties and by the European Union.',
     'European Union', 'supports', 'Geneva accord'),
    # "her country" is the country she speaks for; "the Commission" named in this sentence; a body's statute
    ("Ghana's Ambassador to the United Nations, Efua Mensah, said her country supported the Accra Accord.",
     'Ghana', 'supports', 'Accra Accord'),
    ('Ivan Petrov, Vice-President of the Abuja-based ECOWAS Commission, said the Commission had approved the statute of '
     'the Special Court for Liberia.', 'ECOWAS Commission', 'supports', 'Special Court for Liberia'),
    # support asked for, to someone
    ("The Peacebuilding Commission endorsed Liberia's request for support to the Special Court for Liberia.",
     'Peacebuilding Commission', 'supports', 'Special Court for Liberia'),
    # names NER took for bodies, beside titles the parser did not attach
    ("Sweden's Permanent Representative to the EU, Henrik Vestergaard-Munk, said Stockholm was ready.",
     'Henrik Vestergaard-Munk', 'represents', 'Sweden'),
    ('The African Union, represented by its Legal Counsel, Chinwe Okafor-Mensah, urged the Court to act.',
     'Chinwe Okafor-Mensah', 'represents', 'African Union'),
    # later uses of an acronym defined in brackets; support given to a first object; a country's bank named before
    ("The Arab Monetary Fund (AMF) met. The AMF's Director General, Fahad Hazza, said the link would cut costs.",
     'Fahad Hazza', 'represents', 'Arab Monetary Fund'),
    ('The Arab Monetary Fund (AMF) met. The International Monetary Fund (IMF) has given the AMF technical support.',
     'International Monetary Fund', 'supports', 'Arab Monetary Fund'),
    ("The Central Bank of Egypt joined Buna. Egypt will route remittances through it, said the Egyptian central bank's "
     'Governor, Hisham Mansour.', 'Hisham Mansour', 'represents', 'Central Bank of Egypt'),
    # "the mission" is the mission named before, not a commission; a communiqué adopted with no "by"
    ("The AU Commission and the AU Transition Mission in Somalia met. Egypt has pledged troops to the mission.",
     'Egypt', 'supports', 'AU Transition Mission in Somalia'),
    ('In a communiqué adopted after the session, the Peace and Security Council also welcomed the Nairobi Declaration.',
     'Peace and Security Council', 'supports', 'communiqué'),
    # "the bloc" is the grouping of states, not one of its institutions named more often
    ('The Council of the European Union renewed the sanctions. The Council of the EU also listed six people. The EU\'s '
     'High Representative, Mart Lepp, said the bloc had pledged €1.8 billion to the Moldova Growth Plan.',
     'EU', 'supports', 'Moldova Growth Plan'),
    # a surname NER took for a body, right after a title and a first name
    ('WMO Secretary-General Corinna Vasquez-Hale, who signed for the Geneva-based agency, said the plan was ready.',
     'Corinna Vasquez-Hale', 'represents', 'WMO'),
    # names NER glued to a portfolio, or took for a body after "was"
    ('Bolivian Vice-Minister of Social Defence Ramiro Quispe Arandia rejected the figures.',
     'Ramiro Quispe Arandia', 'represents', 'Bolivia'),
    ("The Employers' group, whose spokesperson on the case was Faruque Hossain Tarafder of the BGMEA, voted for it.",
     'Faruque Hossain Tarafder', 'represents', 'BGMEA'),
    # a body's name that goes on with "and" after its head
    ('The Director of the OSCE Office for Democratic Institutions and Human Rights (ODIHR), Maria Telalian, presented '
     'the report.', 'Maria Telalian', 'represents', 'OSCE Office for Democratic Institutions and Human Rights'),
    # money pledged "to which"; a programme name with its acronym inside
    ('The office will run the Defence Capacity Building (DCB) Initiative, to which Italy has pledged €5 million.',
     'Italy', 'supports', 'Defence Capacity Building Initiative'),
    # a name NER cut at "and", lengthened until its initials spell the acronym in brackets
    ('The Kenya Tea Growers and Exporters Association (KTGEA) backed the Mombasa Charter.',
     'Kenya Tea Growers and Exporters Association', 'supports', 'Mombasa Charter'),
    # two-word bodies NER leaves untagged, and the organization they are "of"
    ('The Governing Body of the International Labour Organization (ILO) endorsed the Dhaka roadmap.',
     'Governing Body', 'partOf', 'International Labour Organization'),
    # "the organisation" is not a bloc named more often elsewhere
    ("The EU backed the plan. The EU's envoy spoke. The ILO's Director-General, Ama Ofori, said the organisation "
     'would support the Dhaka roadmap.', 'ILO', 'supports', 'Dhaka roadmap'),
    # a body named before "of the <bloc>", and bodies named with the area they work in
    ('The Ministerial Council of the Arab Maghreb Union backed the Rabat plan.',
     'Ministerial Council', 'supports', 'Rabat plan'),
    ('The Permanent Council of the Organization of American States met in Washington.',
     'Permanent Council', 'partOf', 'Organization of American States'),
    ('Ghana funded the United Nations Integrated Peacebuilding Mission in the CAR.',
     'Ghana', 'supports', 'United Nations Integrated Peacebuilding Mission in the CAR'),
    ('Peru backed the UN Panel of Experts on Libya.', 'Peru', 'supports', 'UN Panel of Experts on Libya'),
    ('Kenya praised the AU Mission for Mali and the Sahel (MISAHEL).',
     'Kenya', 'supports', 'AU Mission for Mali and the Sahel'),
    # the members assembled act as the body they form; "they" is that group, not a state named since
    ('The Council of Ministers of the Arab Maghreb Union met in Rabat. The Ministers reaffirmed their support for the '
     'Tunis roadmap.', 'Council of Ministers', 'supports', 'Tunis roadmap'),
    ('The Assembly of Heads of State of ECCAS met in Libreville. Heads of State and Government endorsed the Malabo '
     'Roadmap.', 'Assembly of Heads of State', 'supports', 'Malabo Roadmap'),
    ('The Assembly of Heads of State of ECCAS met in Libreville. Gabon presented its budget. They called for full '
     'implementation of the Malabo Roadmap.', 'Assembly of Heads of State', 'supports', 'Malabo Roadmap'),
    # an honorific after the comma, a "to ..." the parser hung on the verb, a hyphenated name split by the parser
    ('The summit closed under the chairmanship of the President of Ghana, the Honourable Kwame Boateng-Mensah.',
     'Kwame Boateng-Mensah', 'represents', 'Ghana'),
    ('The Council heard the Permanent Representative of Chad to the AU, Ambassador Idriss Mahamat-Saleh, on Monday.',
     'Idriss Mahamat-Saleh', 'represents', 'Chad'),
    ('Ambassador Karin Lund-Olsen of Denmark, who chairs the committee, said members had agreed.',
     'Karin Lund-Olsen', 'represents', 'Denmark'),
    # backing a state's sovereignty or a meeting's outcome backs the state or the meeting
    ('Kenya reaffirmed its unwavering support for the sovereignty and territorial integrity of Somalia.',
     'Kenya', 'supports', 'Somalia'),
    ('The Council of Ministers of the Arab Maghreb Union met in Rabat. The Ministers reaffirmed their support for the '
     'unity and stability of Libya.', 'Council of Ministers', 'supports', 'Libya'),
    ('The Arab League welcomed the outcome of the Cairo talks.', 'Arab League', 'supports', 'Cairo talks'),
    # a facilitator set off by commas in a list the parser read as two objects; a place NER took for a person
    ('The envoy thanked Norway, the accord\'s long-standing facilitator, and Cuba for their patience.',
     'Norway', 'supports', 'accord'),
    ('The OIC praised the Comprehensive Agreement on the Bangsamoro (CAB), signed in 2014 in Manila.',
     'OIC', 'supports', 'Comprehensive Agreement on the Bangsamoro'),
    ('Japan, which funds the Support to Sahel Resilience (SUSAR) programme, pledged more.',
     'Japan', 'supports', 'Support to Sahel Resilience programme'),
    # an owner's facilitation "of" what it facilitates; a call for a body's deployment; authorising a force; regimes
    ('Rasmus Holm praised Oman\'s facilitation of the Muscat talks.', 'Oman', 'supports', 'Muscat talks'),
    ('The Malian Foreign Minister, Awa Keita, called for the Sahel Stabilisation Force\'s swift deployment.',
     'Awa Keita', 'supports', 'Sahel Stabilisation Force'),
    ('The Security Council on Tuesday authorized a Sahel Stabilisation Force for Mali.',
     'Security Council', 'supports', 'Sahel Stabilisation Force'),
    ('Kenya welcomed the free movement regime in force among the four states.', 'Kenya', 'supports',
     'free movement regime'),
    # the one credited for a supportive deed did it; "they" after the members assembled
    ('The summit commended the AU Panel of Elders for facilitating the transition roadmap agreed among Malian '
     'parties.', 'AU Panel of Elders', 'supports', 'transition roadmap'),
    ('The Conference of Heads of Government of CARICOM met in Nassau. Heads of Government reaffirmed their support '
     'for the judicial process before the ICJ. They called for full implementation of the Argyle Declaration.',
     'Conference of Heads of Government', 'supports', 'Argyle Declaration'),
    # "its" in "X's move to prolong its ..." is X; "among its contributors" is the plan just named
    ('UNHCR welcomes Georgia\'s move to prolong its own protection regime.', 'Georgia', 'supports', 'protection regime'),
    ('IOM welcomed the decision by the Council of Europe to extend the Roma inclusion programme.',
     'Council of Europe', 'supports', 'Roma inclusion programme'),
    ('The Sahel Resilience Plan is 40 per cent funded. Japan and the African Development Bank are among its largest '
     'contributors.', 'African Development Bank', 'supports', 'Sahel Resilience Plan'),
    # a second donor in a gapped clause; a second relative clause
    ('Norway pledged $20 million to the Sahel plan and the United Kingdom £15 million.',
     'United Kingdom', 'supports', 'Sahel plan'),
    ('Chad and Niger endorsed the plan, and the African Union, to which both belong and which championed the Lomé '
     'Declaration, called it credible.', 'African Union', 'supports', 'Lomé Declaration'),
    # "the Belgian diplomat", "the UN official": the person spoken of
    ('Maria Keller briefed the Security Council on Monday. The Belgian diplomat also welcomed the Lomé Declaration.',
     'Maria Keller', 'supports', 'Lomé Declaration'),
    ('Maria Keller, the UN Assistant Secretary-General for Africa, briefed the Security Council on Monday. The UN '
     'official also welcomed the Lomé Declaration.', 'Maria Keller', 'supports', 'Lomé Declaration'),
    # an adviser to a president serves the state (and is not that president)
    ('Elin Sorensen, an adviser to the Azerbaijani president, said Baku backed the text.',
     'Elin Sorensen', 'represents', 'Azerbaijan'),
    # helping the parties reach a deal backs the deal; financing a plan's projects backs the plan
    ('UNSMIL had helped Tripoli and Benghazi reach the Sirte Agreement.', 'UNSMIL', 'supports', 'Sirte Agreement'),
    ('The EU unveiled its Growth Plan. The European Investment Bank will co-finance the plan\'s transport projects.',
     'European Investment Bank', 'supports', 'Growth Plan'),
    # a participle after a comma describes the name before it; the owner of the first of two coordinated titles
    ('Mali reaffirmed its full support for the Joint Roadmap for Peace, championed by Angola and Rwanda.',
     'Rwanda', 'supports', 'Joint Roadmap for Peace'),
    ('The United Nations Resident and Humanitarian Coordinator for Haiti, Ingrid Solberg-Hansen, welcomed the pause.',
     'Ingrid Solberg-Hansen', 'represents', 'United Nations'),
    # each of two coordinated titles before the name; a portfolio list before the name; returning to a process
    ('The Special Representative of the Secretary-General and head of the United Nations Mission in South Sudan '
     '(UNMISS), Amina Diallo-Sow, briefed the Council.', 'Amina Diallo-Sow', 'represents', 'United Nations Mission in South Sudan'),
    ('The IGAD Secretariat\'s Director for Political Affairs, Peace and Security, Tewodros Alemu-Bekele, said so.',
     'Tewodros Alemu-Bekele', 'represents', 'IGAD Secretariat'),
    ('Angola\'s Foreign Minister, Joana Catete-Lima, urged the armed groups to return to the Luanda Roadmap.',
     'Joana Catete-Lima', 'supports', 'Luanda Roadmap'),
    # backing the extension of a team's mandate or its work backs the team; a seat is no part of a body's name
    ('The AU Observer Team (AUOT) began work in May. Kenya\'s Foreign Minister, Jane Wanjiru-Mbugua, welcomed the '
     'extension of the team\'s mandate.', 'Jane Wanjiru-Mbugua', 'supports', 'AU Observer Team'),
    ('UNHCR co-chairs the Refugee Coordination Forum in Chisinau with the ministry.',
     'Refugee Coordination Forum', 'basedIn', 'Chisinau'),
    # "it" after a subject set beside its owner; a list the parser read as an apposition
    ('The AU\'s executive, the African Union Commission, said it would release $9 million to Somalia.',
     'African Union Commission', 'supports', 'Somalia'),
    ('Japan, the Republic of Korea and the European Union have announced contributions to the Flash Appeal.',
     'European Union', 'supports', 'Flash Appeal'),
    # an office the gazetteer names by its post: the holder acts, and serves the parent too; a bloc's ambassador
    ('The United Nations Special Coordinator for Lebanon, Karin Holmström-Dahl, today welcomed the Baabda plan.',
     'Karin Holmström-Dahl', 'supports', 'Baabda plan'),
    ('The United Nations Special Coordinator for Lebanon, Karin Holmström-Dahl, today welcomed the Baabda plan.',
     'Karin Holmström-Dahl', 'represents', 'United Nations'),
    ('Kenya welcomed the announcement by the European Union, through its Ambassador to Somalia, Pieter de Vries-Gallo, '
     'of new support for the army.', 'Pieter de Vries-Gallo', 'represents', 'European Union'),
    # no one's name ends in a body word; opinions are adopted and requested; a body named after its parent, with an
    # acronym that spells the whole name
    ('The Venice Commission today adopted an opinion urging Armenia to repeal the law.',
     'Venice Commission', 'supports', 'opinion'),
    ('The Council of Europe met. The opinion, requested by the Parliamentary Assembly of the Council of Europe '
     '(PACE), was presented on Monday.', 'PACE', 'partOf', 'Council of Europe'),
    # a dateline with an accented place; a body named after a treaty; a plan "against" something
    ('SÃO TOMÉ, 9 August – Ministers of the member countries of the Amazon Cooperation Treaty Organization (ACTO) '
     'adopted the Regional Plan against Wildlife Trafficking.', 'ACTO', 'supports',
     'Regional Plan against Wildlife Trafficking'),
    # who holds a body's presidency acts for it (but not one whose country holds it)
    ('SICA met in Panama. Panama\'s Foreign Minister, Rosa Quintana-Alba, who holds the bloc\'s pro tempore '
     'presidency, said the plan was good.', 'Rosa Quintana-Alba', 'represents', 'SICA'),
    # "X, meeting in Y, approved": the parser makes the participle the subject
    ('Foreign ministers of the Andean Community (CAN), meeting in Lima, approved the Andean Water Plan.',
     'Andean Community', 'supports', 'Andean Water Plan'),
    # both of those commended "for their support"
    ('The Council commended UNOWAS and the African Union for their support to the Conakry transition.',
     'African Union', 'supports', 'Conakry transition'),
    # a force described beside its name is that body; a rank and a nationality are no post for a state
    ('The Council renewed EULEX Kosovo, the EU-led rule-of-law mission. The mission\'s head, Anna Berg-Larsen, '
     'welcomed the vote.', 'Anna Berg-Larsen', 'represents', 'EULEX Kosovo'),
    # a country's ministry's official acts for the country; the bracketed country the parser made the subject
    ('UNHCR co-chairs the forum with Georgia\'s Ministry of Internal Affairs, whose Deputy Minister, Nino '
     'Beridze-Kapanadze, thanked donors.', 'Nino Beridze-Kapanadze', 'represents', 'Georgia'),
    ('The Council adopted resolution 2793. Speaking for CARICOM, Ambassador Marcia Alleyne-Brathwaite (Barbados) '
     'welcomed the resolution and said the bloc would keep advising the council.',
     'Marcia Alleyne-Brathwaite', 'supports', 'resolution 2793'),
    # "the movement" is the armed or political movement named before
    ('Amina Ould-Sidi, the Polisario Front\'s envoy in Geneva, said the movement welcomed the Lisbon talks.',
     'Polisario Front', 'supports', 'Lisbon talks'),
    # funding a body's secretariat funds the body
    ('The Joint Monitoring Team (JMT) published its report. Japan\'s Deputy Foreign Minister, Aya Morinaga, said '
     'Tokyo would fund the team\'s secretariat for a second year.', 'Japan', 'supports', 'Joint Monitoring Team'),
    # paying someone's bills backs them
    ('The ministers commended Kuwait and Oman for settling Yemen\'s arrears to the World Bank.',
     'Oman', 'supports', 'Yemen'),
    ('The envoy welcomed pledges by Kuwait and Oman to cover fuel and salaries for the Yemeni Coast Guard.',
     'Kuwait', 'supports', 'Yemeni Coast Guard'),
    # money given "to" someone (the parser's dative), a line of credit extended
    ('The United Arab Emirates has given $40 million to the World Health Organization for its cholera work in Yemen.',
     'United Arab Emirates', 'supports', 'World Health Organization'),
    ('India extended a $500 million line of credit to the Maldives.', 'India', 'supports', 'Maldives'),
    # committed to backing something
    ('The African Union is fully committed to supporting the Luanda Process.', 'African Union', 'supports', 'Luanda Process'),
    # a call for a body's operationalisation backs the body
    ('The Group of 77 and China called for the swift operationalisation of the Santiago Network.',
     'Group of 77 and China', 'supports', 'Santiago Network'),
    # thanks expressed with a noun credit the one thanked
    ('The OSCE Chairmanship expressed its appreciation to Finland for its contribution to the Special Monitoring Mission.',
     'Finland', 'supports', 'Special Monitoring Mission'),
    ('The summit paid tribute to Angola for facilitating the Luanda Roadmap.', 'Angola', 'supports', 'Luanda Roadmap'),
    # technical assistance to a body, standing by a process
    ('Switzerland is providing technical assistance to the Independent National Electoral Commission.',
     'Switzerland', 'supports', 'Independent National Electoral Commission'),
    ('The United Kingdom will continue to stand by the Jeddah process.', 'United Kingdom', 'supports', 'Jeddah process'),
    # a title written without a comma before the name, with the post's area inside it
    ('UN Special Envoy for Syria Lars Vinding-Holm briefed the Security Council on Tuesday.',
     'Lars Vinding-Holm', 'represents', 'UN'),
    ('UN Special Envoy for Syria Lars Vinding-Holm welcomed the Amman Declaration.',
     'Lars Vinding-Holm', 'supports', 'Amman Declaration'),
    ('UN High Commissioner for Human Rights Teodor Valkanov visited Chad on Monday.',
     'Teodor Valkanov', 'represents', 'UN'),
    ('AU Commission Chairperson Moussa Kebe Mahamadou welcomed the deal.', 'Moussa Kebe Mahamadou', 'represents', 'AU Commission'),
    ('WFP Representative in Yemen Peter Hawkins-Dale praised the Hodeidah plan.', 'Peter Hawkins-Dale', 'represents', 'WFP'),
    ('WFP Representative in Yemen Peter Hawkins-Dale praised the Hodeidah plan.', 'Peter Hawkins-Dale', 'supports', 'Hodeidah plan'),
    ('EU High Representative for Foreign Affairs Katrin Ilves endorsed the Pact for the Future.',
     'Katrin Ilves', 'supports', 'Pact for the Future'),
    ('OIC Assistant Secretary-General for Humanitarian Affairs Tariq Bakhit visited Gaza.', 'Tariq Bakhit', 'represents', 'OIC'),
    # a body defined by an acronym whose name holds a place; "The Ministers" are the body named with them before
    ('The Ministers of Transport of the Council of the Black Sea Ports (CBSP) met in Varna. The Ministers '
     'endorsed the Varna Action Plan.', 'Council of the Black Sea Ports', 'supports', 'Varna Action Plan'),
    # whoever a body is represented by acts for it
    ('The African Union was represented by Amina Sule-Bello, a senior adviser.', 'Amina Sule-Bello', 'represents',
     'African Union'),
    # co-funding by someone; the title coordinated with a body is that body's
    ('The ministers welcomed the co-funding of the Safe Schools Programme by the Islamic Development Bank.',
     'Islamic Development Bank', 'supports', 'Safe Schools Programme'),
    ("The ministers commended the ASEAN Secretariat and its Deputy Secretary-General, Ms. Liis Kask-Tamm.",
     'Liis Kask-Tamm', 'represents', 'ASEAN Secretariat'),
    # an undertaking introduced by a description and then named is one; so is a second object set off by a comma
    ('Ministers of ECOWAS endorsed a regional programme to build power lines, its first joint infrastructure project. '
     'The West African Grid Programme will be financed by the World Bank.', 'ECOWAS', 'supports',
     'West African Grid Programme'),
    # two titles for one post: the body goes with the first; the person named is the subject
    ("Libya's delegate, Deputy Foreign Minister Salem Gharbi-Bey, also backed the Tunis Declaration.",
     'Salem Gharbi-Bey', 'represents', 'Libya'),
    ("Libya's delegate, Deputy Foreign Minister Salem Gharbi-Bey, also backed the Tunis Declaration.",
     'Salem Gharbi-Bey', 'supports', 'Tunis Declaration'),
    # "the programme" after a named programme is that programme, not the UN body named beside it
    ('ESCAP backed a new Coastal Warning Programme for cyclones. The programme will be financed by Japan.',
     'Japan', 'supports', 'Coastal Warning Programme'),
    # a fund a programme is financed through; a body named with a hyphenated word and a listed area
    ('The Coastal Warning Plan will be financed through the ESCAP Multi-Donor Trust Fund for Tsunami, Disaster and '
     'Climate Preparedness.', 'ESCAP Multi-Donor Trust Fund for Tsunami, Disaster and Climate Preparedness', 'supports',
     'Coastal Warning Plan'),
    # a second donor the parser joins to another phrase of the clause
    ('Japan pledged $6 million to the Coastal Warning Plan on Friday and the Republic of Korea $2.5 million.',
     'Republic of Korea', 'supports', 'Coastal Warning Plan'),
    # a body's numbered meeting is no name for the body; the acronym spells the body inside the longer name; heads of
    # government sit in the bloc's authority
    ('The 40th Meeting of the Authority of the Organisation of Andean Port States (OAPS) was held in Lima. Heads of '
     'Government endorsed the Callao Declaration.', 'Authority of the Organisation of Andean Port States', 'supports',
     'Callao Declaration'),
    # a known body written as "<body> of the <parent>" is called by the words before the parent here
    ('The Permanent Council of the Organization of American States (OAS) adopted a resolution on Haiti. The Council '
     'endorsed the Kingston Roadmap.', 'Permanent Council', 'supports', 'Kingston Roadmap'),
    # a dateline naming the country after the city; the lender approving money for a project
    ('BRIDGETOWN, Barbados, 11 December – The Caribbean Development Bank (CDB) on Thursday approved US$48 million for '
     'the Saint Lucia Coastal Roads Project.', 'Caribbean Development Bank', 'supports', 'Saint Lucia Coastal Roads Project'),
    # the name the parser joined to the last noun of the title
    ('The British High Commissioner to Barbados and the Eastern Caribbean, Helen Ward-Prior, attended the signing.',
     'Helen Ward-Prior', 'represents', 'United Kingdom'),
    # those who sign an agreement to co-finance something back it; a programme "in Honduras" is also named without it
    ('IFAD and CABEI today signed an agreement to co-finance the Dry Corridor Rural Resilience Programme in Honduras.',
     'CABEI', 'supports', 'Dry Corridor Rural Resilience Programme'),
    # the minister of a portfolio heads the ministry the article names for it
    ("The programme will be run by the Honduran Ministry of Agriculture and Livestock. Honduras's Minister of "
     "Agriculture and Livestock, Oscar Mejia-Zelada, thanked the lenders.", 'Oscar Mejia-Zelada', 'represents',
     'Honduran Ministry of Agriculture and Livestock'),
    # "the destruction plan" right after "a plan to destroy ..." is that plan; carrying a plan out backs it
    ("The OPCW Executive Council endorsed a plan to destroy Syria's remaining chemical stockpile. Syria's envoy said "
     "the destruction plan was fair, and Damascus would carry out the plan in full.", 'Syria', 'supports', 'plan'),
    # money spoken of before is the money of the undertaking the article is about
    ('The ICC Trust Fund for Victims launched the Gulu Reparations Programme on Monday. The Gulu Reparations Programme '
     'will pay for medical care. Sweden and Norway have pledged most of the money.', 'Norway', 'supports',
     'Gulu Reparations Programme'),
    # a capitalised body word owned by a described body is a body of its own
    ("The ICC's Registrar, Paulo Esteves-Marin, said the court's Registry would support the Gulu Reparations Programme.",
     'Registry', 'supports', 'Gulu Reparations Programme'),
    # a delegate named with a bracketed country, after a participle the parser made the subject
    ('The New York Declaration was adopted in 2024. Speaking on behalf of the Arab Group, Karim Benslimane-Rahim '
     '(Algeria) called for the full implementation of the Declaration.', 'Karim Benslimane-Rahim', 'represents', 'Arab Group'),
    ('The New York Declaration was adopted in 2024. Speaking on behalf of the Arab Group, Karim Benslimane-Rahim '
     '(Algeria) called for the full implementation of the Declaration.', 'Karim Benslimane-Rahim', 'supports',
     'New York Declaration'),
    # the Secretary-General's envoy "on" a country is a UN official
    ('Briefing the Council, Mei Lin Ashford-Tan, Special Envoy of the Secretary-General on Myanmar, said the United '
     'Nations would stay engaged.', 'Mei Lin Ashford-Tan', 'represents', 'United Nations'),
    # a named commitment; an undersecretary heading a delegation; a phase of a named initiative
    ('UN Women said on Friday it would back the Santiago Commitment.', 'UN Women', 'supports', 'Santiago Commitment'),
    ("Chile's delegation, headed by Undersecretary Hernan Villar-Rocha, backed the Santiago Commitment.",
     'Hernan Villar-Rocha', 'represents', 'Chile'),
    ('Ministers endorsed the second phase of the Regional Initiative for Water Security (RIWS). Its second phase is '
     'funded by Sweden through the Swedish International Development Cooperation Agency (Sida).',
     'Swedish International Development Cooperation Agency', 'supports', 'Regional Initiative for Water Security'),
    # a bloc's market and a power line are undertakings
    ("The Eurasian Intergovernmental Council approved the launch of the bloc's common electricity market. The Eurasian "
     "Development Bank said it would lend $300 million for a new interconnector between Kazakhstan and Kyrgyzstan.",
     'Eurasian Intergovernmental Council', 'supports', 'common electricity market'),
    # a part of an undertaking "under" it; urging parties to preserve an undertaking backs it
    ('The Organization of Turkic States adopted the Caspian Transport Plan. The Turkic Investment Fund would finance the '
     'first container terminals under the plan.', 'Turkic Investment Fund', 'supports', 'Caspian Transport Plan'),
    ('Tor Wenneberg said he urged Israel and the Palestinian Authority to preserve the two-State solution.',
     'Tor Wenneberg', 'supports', 'two-State solution'),
    # "backed the renewal": of the mission whose mandate was extended; keeping an agreement alive backs it
    ('The Permanent Council of the OAS extended by three years the mandate of the Mission to Support the Peace Process '
     'in Colombia. Spain and Switzerland also backed the renewal.', 'Spain', 'supports',
     'Mission to Support the Peace Process in Colombia'),
    ('The Sinjar Agreement was signed in 2020. Dilshad Rasul-Aga urged Baghdad and the UN to keep the 2020 Sinjar '
     'Agreement alive.', 'Dilshad Rasul-Aga', 'supports', 'Sinjar Agreement'),
    # the name closing a title after "led by"; "who is X's ambassador"
    ('The delegation of Kenya was led by Cabinet Secretary for Foreign Affairs Musalia Mudavari.', 'Musalia Mudavari',
     'represents', 'Kenya'),
    ("Hiroshi Tanakawa, who is Japan's ambassador to Kenya, attended the ceremony.", 'Hiroshi Tanakawa', 'represents',
     'Japan'),
    ('Hedi Ben Slimane-Gharsi, the Secretary-General of the AMU and a former Tunisian trade minister, spoke in Rabat.',
     'Hedi Ben Slimane-Gharsi', 'represents', 'AMU'),
    # a communiqué's bare "Summit" is the body whose summit it is; support "towards"; a second, uncoordinated title
    ('The 45th Ordinary Summit of the Southern African Development Community (SADC) Heads of State and Government was '
     'held in Harare. Summit approved the SADC Regional Industrialisation Roadmap.', 'Southern African Development '
     'Community', 'supports', 'SADC Regional Industrialisation Roadmap'),
    ('The Summit of SADC was held in Harare. Summit noted with appreciation the support of the European Union towards '
     'the SADC Industrialisation Strategy.', 'European Union', 'supports', 'SADC Industrialisation Strategy'),
    ('The Summit of SADC was held in Harare. Summit was opened by Emmerson Mnangagwe, President of the Republic of '
     'Zimbabwe and incoming Chairperson of SADC.', 'Emmerson Mnangagwe', 'represents', 'SADC'),
    # a decision's numbered items have the body that adopted it as their subject
    ('The Peace and Security Council of the African Union (AU), at its 1250th meeting, adopted the following decision:'
     '\n\nCouncil,\n\n1. Welcomes the Jeddah Declaration;\n\n2. Reiterates its full support to the AU High-Level Panel '
     'on Sudan;', 'Peace and Security Council', 'supports', 'AU High-Level Panel on Sudan'),
    # "the members of the Council" are the subject, not an appositive
    ('The members of the Security Council welcomed the Doha Agreement.', 'Security Council', 'supports', 'Doha Agreement'),
    # money whose recipient the article has just named
    ('The Secretariat announced new contributions of €180 million to the Ukraine Energy Relief Fund. The largest new '
     'pledges came from Germany (€70 million) and Norway (€35 million). Japan and the European Union also contributed.',
     'Norway', 'supports', 'Ukraine Energy Relief Fund'),
    ('The Secretariat announced new contributions of €180 million to the Ukraine Energy Relief Fund. The largest new '
     'pledges came from Germany (€70 million) and Norway (€35 million). Japan and the European Union also contributed.',
     'Japan', 'supports', 'Ukraine Energy Relief Fund'),
    # extending an undertaking backs it, and so does welcoming the extension or funding it
    ("Papua New Guinea's government and the Autonomous Bougainville Government (ABG) agreed on Friday to extend the "
     "independent moderation of their dispute. The ABG's President welcomed the extension. The moderation is funded by "
     "Australia and New Zealand.", 'Autonomous Bougainville Government', 'supports', 'independent moderation'),
    ("Papua New Guinea's government and the Autonomous Bougainville Government (ABG) agreed on Friday to extend the "
     "independent moderation of their dispute. The ABG's President welcomed the extension. The moderation is funded by "
     "Australia and New Zealand.", 'New Zealand', 'supports', 'independent moderation'),
    # thanks for support: the support went to the thanker's side; "Hon." ends no sentence; "ST. MICHAEL, Barbados"
    ('ST. MICHAEL, Barbados, 4 September 2025 – The Prime Minister of Grenada, Hon. Kelvin Charles-Noble, thanked CDEMA, '
     'the Caribbean Community (CARICOM) and the Regional Security System (RSS) for their swift support.',
     'Regional Security System', 'supports', 'Grenada'),
    ('ST. MICHAEL, Barbados, 4 September 2025 – The Prime Minister of Grenada, Hon. Kelvin Charles-Noble, thanked CDEMA, '
     'the Caribbean Community (CARICOM) and the Regional Security System (RSS) for their swift support.',
     'Kelvin Charles-Noble', 'represents', 'Grenada'),
    # a headline names who backs what; its undertaking is the one the story names next
    ('Indian Ocean Commission ministers back new maritime security plan\n\nEBENE, Mauritius, 6 May 2025 – The Council of '
     'Ministers of the Indian Ocean Commission (IOC) today endorsed a five-year plan to strengthen maritime security. '
     'The Secretary-General of the IOC, Ms. Velo Rakoto-Hoarau, said the plan was overdue.',
     'Indian Ocean Commission', 'supports', 'five-year plan'),
    # an acronym defined once names the body at every later use
    ('Indian Ocean Commission ministers back new maritime security plan\n\nEBENE, Mauritius, 6 May 2025 – The Council of '
     'Ministers of the Indian Ocean Commission (IOC) today endorsed a five-year plan to strengthen maritime security. '
     'The Secretary-General of the IOC, Ms. Velo Rakoto-Hoarau, said the plan was overdue.',
     'Velo Rakoto-Hoarau', 'represents', 'Indian Ocean Commission'),
    # a name NER calls a body, after a title's last noun; an amendment is an undertaking
    ("Ethiopia's ambassador to the AU, Dawit Alemseged-Hailu, declined to comment.", 'Dawit Alemseged-Hailu',
     'represents', 'Ethiopia'),
    # a coordinated subject the parser split in two
    ('Members adopted an Andaman Sea Contingency Plan. The Regional Support Office in Bangkok will coordinate the plan, '
     'and UNHCR, the International Organization for Migration (IOM) and the UN Office on Drugs and Crime (UNODC) '
     'pledged technical support for it.', 'UN Office on Drugs and Crime', 'supports', 'Andaman Sea Contingency Plan'),
    # states listed in apposition to "Member States"; renewing an embargo backs it
    ('The five Member States – Bangladesh, India, Maldives, Mauritius and Sri Lanka – reviewed progress and adopted the '
     'CSC Roadmap for 2026.', 'Mauritius', 'supports', 'CSC Roadmap'),
    ('The Security Council on Thursday renewed its arms embargo on South Sudan for another year.', 'Security Council',
     'supports', 'arms embargo'),
    # contributing "to which"; a numbered programme's acronym
    ('The system is financed through a UNDP-managed Elections Basket Fund to which the European Union, Germany and the '
     'United Kingdom contributed.', 'Germany', 'supports', 'Elections Basket Fund'),
    ('Ministers launched the fifth Aral Sea Basin Programme (ASBP-5). Kazakhstan said it fully supported ASBP-5.',
     'Kazakhstan', 'supports', 'Aral Sea Basin Programme'),
    # extending a task force backs it
    ('Türkiye, Romania and Bulgaria on Wednesday extended for two more years the Mine Countermeasures Naval Group in the '
     'Black Sea (MCM Black Sea).', 'Bulgaria', 'supports', 'Mine Countermeasures Naval Group'),
    # backing a body's role backs the body; an acronym that starts with a number
    ("China's Permanent Representative, Wei Lianpo, said Beijing supported a stronger SCO role in Afghanistan.",
     'China', 'supports', 'SCO'),
    ('UNHCR and UNDP launched the Regional Refugee and Resilience Plan (3RP) for Syria on Monday. Jordan welcomed the 3RP.',
     'Jordan', 'supports', 'Regional Refugee and Resilience Plan'),
    # "Secretary of Defence of Sri Lanka": a portfolio and the state it serves
    ('The meeting was chaired by the Secretary of Defence of Sri Lanka, Sampath Wijeratna-Perera.',
     'Sampath Wijeratna-Perera', 'represents', 'Sri Lanka'),
    # an unnamed Secretary-General acting in a UN statement is the UN acting
    ('The Secretary-General welcomes the signing of the Lomé Peace Agreement by the parties.', 'United Nations',
     'supports', 'Lomé Peace Agreement'),
    # the money's recipient named with it
    ('The Green Growth Programme was launched in 2024. Financing for the Green Growth Programme comes from the European '
     'Union and the Islamic Development Bank.', 'Islamic Development Bank', 'supports', 'Green Growth Programme'),
    # a known body's name is not the head of an undertaking named after it
    ('Germany said it would provide €15 million to the UN Development Programme for the Libya Stabilization Facility.',
     'Germany', 'supports', 'Libya Stabilization Facility'),
    ('Germany said it would provide €15 million to the UN Development Programme for the Libya Stabilization Facility.',
     'Germany', 'supports', 'UN Development Programme'),
    ('ECOWAS leaders agreed to establish a regional court, the Sahel Special Tribunal, in Dakar.',
     'ECOWAS', 'supports', 'Sahel Special Tribunal'),
    ('The Council of Europe set up the Register of Damage for Ukraine in 2023.',
     'Council of Europe', 'supports', 'Register of Damage for Ukraine'),
    ('The Hague-based Register of Damage was set up by the Council of Europe in 2023.',
     'Council of Europe', 'supports', 'Register of Damage'),
    ('ECOWAS backed a new fund, the Sahel Resilience Facility, in March.',
     'ECOWAS', 'supports', 'Sahel Resilience Facility'),
    ('Kenya welcomed a new plan, the Nairobi Roadmap.',
     'Kenya', 'supports', 'Nairobi Roadmap'),
    ("The European Union will provide 40 million euros to the African Union's peace support operation in Somalia.",
     'European Union', 'supports', 'peace support operation in Somalia'),
    ("Japan gave $12 million for the World Food Programme's operations in Afghanistan.",
     'Japan', 'supports', 'World Food Programme'),
    ('Indonesia, as ASEAN chair, is facilitating the dialogue between the junta and the opposition.',
     'Indonesia', 'supports', 'dialogue between the junta and the opposition'),
    ('Qatar, as the main mediator, will host the Darfur peace talks.',
     'Qatar', 'leads', 'Darfur peace talks'),
    ('The Board of Executive Directors of the Islamic Development Bank has approved $62 million for the Yemen Health Resilience Project.',
     'Islamic Development Bank', 'supports', 'Yemen Health Resilience Project'),
    ('The Council of Ministers of the Mano River Union today adopted a Cross-Border Security Strategy.',
     'Mano River Union', 'supports', 'Cross-Border Security Strategy'),
    ('An extraordinary ECOWAS summit in Abuja endorsed the transition timetable for Guinea.',
     'ECOWAS', 'supports', 'transition timetable for Guinea'),
    ('Ministers from Japan, China and South Korea adopted a three-year plan to share warning data. The Trilateral Action Plan on Disaster Risk Reduction runs to 2028.',
     'Japan', 'supports', 'Trilateral Action Plan on Disaster Risk Reduction'),
    ("Meeting in San José, the Inter-American Board of Agriculture, IICA's highest governing body, approved the Living Soils of the Americas programme.",
     'Inter-American Board of Agriculture', 'supports', 'Living Soils of the Americas programme'),
    ('CAF lent $210 million to Paraguay for the Asunción Bay Sanitation Programme.',
     'CAF', 'supports', 'Asunción Bay Sanitation Programme'),
    ('The Inter-American Development Bank (IDB) said it was ready to finance the Andean Water Programme.',
     'Inter-American Development Bank', 'supports', 'Andean Water Programme'),
    ('The World Bank co-financed the Lobito Corridor project.',
     'World Bank', 'supports', 'Lobito Corridor project'),
    ('The Sahel Water Project is co-financed by the OPEC Fund and the Lives and Livelihoods Fund.',
     'OPEC Fund', 'supports', 'Sahel Water Project'),
    ('The talks were co-chaired by Kenya and Uganda.',
     'Uganda', 'leads', 'talks'),
    ('The Board approved $62 million for the Yemen Health Resilience Project. The project is co-financed by the Lives and Livelihoods Fund (LLF), a multi-donor fund managed by the IsDB, and by the King Salman Humanitarian Aid and Relief Centre (KSrelief).',
     'King Salman Humanitarian Aid and Relief Centre', 'supports', 'Yemen Health Resilience Project'),
    ('The ministers welcomed the co-funding of the CBSS Children at Risk Programme by the Nordic Council of Ministers.',
     'Nordic Council of Ministers', 'supports', 'CBSS Children at Risk Programme'),
    ('Ministers of the four members – Chile, Colombia, Mexico and Peru – signed off on the accession roadmap in Santiago.',
     'Peru', 'supports', 'accession roadmap'),
    ("The Pacific Alliance on Friday approved an accession roadmap for Costa Rica. Costa Rica's Minister of Foreign Trade, Andrea Solís Mora, welcomed the decision.",
     'Andrea Solís Mora', 'supports', 'accession roadmap for Costa Rica'),
    ('The COMESA summit also called for faster implementation of the Tripartite Free Trade Area (TFTA).',
     'COMESA', 'supports', 'Tripartite Free Trade Area'),
    ("The ministers endorsed the Sahel Trade Programme. Kenya's trade minister, Joseph Wafula, said Kenya would pilot the programme at two border posts.",
     'Kenya', 'supports', 'Sahel Trade Programme'),
    ("ICIMOD's Board of Governors endorsed the glacial lake initiative.",
     'Board of Governors', 'supports', 'glacial lake initiative'),
    ("The Board of Governors endorsed the initiative at its annual meeting. Its chair, Bhutan's Secretary for Energy and Natural Resources, Karma Dorji Yeshey, called for data sharing.",
     'Karma Dorji Yeshey', 'represents', 'Board of Governors'),
    ("The Board of Governors endorsed the initiative at its annual meeting. Its chair, Bhutan's Secretary for Energy and Natural Resources, Karma Dorji Yeshey, called for data sharing.",
     'Karma Dorji Yeshey', 'represents', 'Bhutan'),
    ("Norway's ambassador announced a contribution of NOK 45 million from Norway to the Glacial Lake Initiative.",
     'Norway', 'supports', 'Glacial Lake Initiative'),
    ('Norway announced a contribution of NOK 45 million to the Glacial Lake Initiative. The FCDO will provide a further £3 million.',
     'FCDO', 'supports', 'Glacial Lake Initiative'),
    ('The Programme Coordinating Board (PCB), meeting under the chairmanship of Ambassador Marcos Vilela of Brazil, also adopted the Global AIDS Strategy for 2026–2031, which aims to keep treatment going.',
     'Programme Coordinating Board', 'supports', 'Global AIDS Strategy'),
    ("Ministers backed a ten-year programme. Meeting at the institute's headquarters in San José, the Inter-American Board of Agriculture, IICA's highest governing body, approved the Living Soils of the Americas programme, which aims to restore farmland.",
     'Inter-American Board of Agriculture', 'supports', 'Living Soils of the Americas programme'),
    ('The Interregional Coordination Centre (ICC) welcomed the adoption by the Economic Community of Central African States (ECCAS) and the Economic Community of West African States (ECOWAS) of a joint action plan to fight piracy.',
     'Economic Community of Central African States', 'supports', 'joint action plan'),
    ('The Interregional Coordination Centre (ICC) welcomed the adoption by the Economic Community of Central African States (ECCAS) and the Economic Community of West African States (ECOWAS) of a joint action plan to fight piracy.',
     'Interregional Coordination Centre', 'supports', 'joint action plan'),
    ('The Council of the ASEAN Plus Three Emergency Rice Reserve (APTERR) approved the release of rice to the Philippines. China pledged to replenish the reserve.',
     'China', 'supports', 'ASEAN Plus Three Emergency Rice Reserve'),
    ('The Council of the ASEAN Plus Three Emergency Rice Reserve (APTERR) approved the release of rice to the Philippines.',
     'ASEAN Plus Three Emergency Rice Reserve', 'partOf', 'ASEAN'),
    ("The APTERR Council, chaired this year by Malaysia's Deputy Secretary-General for Agriculture, Rosli Hamzah-Tan, endorsed it on Tuesday.",
     'Rosli Hamzah-Tan', 'represents', 'APTERR Council'),
    ("The General Assembly adopted resolution 80/9. The European Union's representative, Katrin Vollmer-Santos, said the bloc backed the resolution, as in previous years.",
     'European Union', 'supports', 'resolution 80/9'),
    ('The US envoy said the United States would keep the embargo against Cuba in place.',
     'United States', 'supports', 'embargo'),
    ('The EU will maintain its sanctions regime against Russia.',
     'EU', 'supports', 'sanctions regime'),
    ("Speaking on behalf of the Group of 77 and China, Uganda's Permanent Representative, Grace Atuhaire-Kato, said the group firmly supports the resolution.",
     'Grace Atuhaire-Kato', 'represents', 'Group of 77 and China'),
    ('The Ministerial Council adopted the Regional Sargassum Response Plan. France pledged €2 million to the plan, and the Cartagena Convention Secretariat of UNEP will provide technical support.',
     'Cartagena Convention Secretariat', 'supports', 'Regional Sargassum Response Plan'),
    ("The OSCE Chairperson-in-Office, Malta's Foreign Minister Ian Borg, visited Kyiv.",
     'Ian Borg', 'represents', 'OSCE'),
    ("The OSCE Chairperson-in-Office, Malta's Foreign Minister Ian Borg, visited Kyiv.",
     'Ian Borg', 'represents', 'Malta'),
    ("Uganda's Minister of Water and Environment, Grace Nakiyemba-Okello, who chairs the Nile Council of Ministers, called the launch historic.",
     'Grace Nakiyemba-Okello', 'represents', 'Nile Council of Ministers'),
    ('The Sahel Charter entered into force. The four states that have ratified the charter – Mali, Niger, Chad and Mauritania – met in Bamako.',
     'Chad', 'supports', 'Sahel Charter'),
    ('Egypt remained committed to the Nile Basin Initiative as a forum for consensus.',
     'Egypt', 'supports', 'Nile Basin Initiative'),
    ('The United States backed the renewal of the mandate of the Panel of Experts.',
     'United States', 'supports', 'Panel of Experts'),
    ("The protocol was signed in Istanbul by Türkiye's Deputy Minister of National Defence, Selim Demir.",
     'Selim Demir', 'supports', 'protocol'),
    ('Kenya signed the memorandum on Tuesday.',
     'Kenya', 'supports', 'memorandum'),
    ('The Council of Ministers endorsed the SEAMEO Foundational Learning Action Plan 2030 on Monday.',
     'Council of Ministers', 'supports', 'SEAMEO Foundational Learning Action Plan 2030'),
    ("Kenya's Defence Minister, Moses Okello-Atim, who chairs the Council of Ministers of Defence and Security of the Eastern Africa Standby Force, opened the meeting.",
     'Moses Okello-Atim', 'represents', 'Council of Ministers of Defence and Security'),
    ("The Union's Council of Ministers endorsed the programme last month. Its chairman, Senegal's Minister of Finance and Budget, Abdoulaye Ndiaye-Sarr, said Dakar would pay.",
     'Abdoulaye Ndiaye-Sarr', 'represents', 'Council of Ministers'),
    ('The Three Seas Initiative was launched in 2016. The US said it would back small nuclear projects under the initiative.',
     'US', 'supports', 'Three Seas Initiative'),
    ('The Living Soils Programme began in May. The IDB said it was ready to finance national soil plans under the programme.',
     'IDB', 'supports', 'Living Soils Programme'),
    ('PRESS RELEASE\n\nROPME Council adopts updated Regional Oil Spill Contingency Plan\n\nKUWAIT CITY, 12 February – Ministers of the Regional Organization for the Protection of the Marine Environment (ROPME), meeting as the ROPME Council, today adopted an updated Regional Oil Spill Contingency Plan.',
     'ROPME Council', 'supports', 'Regional Oil Spill Contingency Plan'),
    ('Ministers of the Regional Organization for the Protection of the Marine Environment (ROPME), meeting as the ROPME Council, today adopted an updated Regional Oil Spill Contingency Plan.',
     'ROPME', 'supports', 'Regional Oil Spill Contingency Plan'),
    ("The European Union's border and coast guard agency, Frontex, on Monday backed the Western Balkans Return Programme.",
     'Frontex', 'supports', 'Western Balkans Return Programme'),
    ('Leaders of the Three Seas Initiative on Tuesday adopted the Zagreb Declaration.',
     'Three Seas Initiative', 'supports', 'Zagreb Declaration'),
    ('Leaders of the Three Seas Initiative met in Zagreb. The US said it would back energy projects under the initiative.',
     'US', 'supports', 'Three Seas Initiative'),
    ('The Accra Initiative met in Accra. Ministers from Benin and Togo endorsed the Sahel Border Plan.',
     'Togo', 'supports', 'Sahel Border Plan'),
    ('The Lusaka Roadmap was adopted in May. "We stand firmly behind this roadmap," said Zambia\'s Foreign Minister, Mulambo Haimbe.',
     'Mulambo Haimbe', 'supports', 'Lusaka Roadmap'),
    ('"We welcome the Doha truce," the African Union said in a statement.',
     'African Union', 'supports', 'Doha truce'),
    ('Leaders of the Common Market for Eastern and Southern Africa (COMESA) endorsed a digital trade plan. The summit also called for faster implementation of the Tripartite Free Trade Area (TFTA).',
     'COMESA', 'supports', 'Tripartite Free Trade Area'),
    ('Japan will finance new equipment for the Mekong River Commission.',
     'Japan', 'supports', 'Mekong River Commission'),
    ("The Board approved the Yemen Health Resilience Project on Monday. Yemen's Deputy Minister of Health, Ali Bamatraf, welcomed the approval.",
     'Ali Bamatraf', 'supports', 'Yemen Health Resilience Project'),
    ('Defence chiefs of the Lake Chad Basin Commission set up the Multinational Joint Task Force in 2015. Chad and Niger endorsed a new deployment of 800 Task Force personnel on Monday.',
     'Niger', 'supports', 'Multinational Joint Task Force'),
    ('Japan said it would fund three UNMAS training courses in the region.',
     'Japan', 'supports', 'UNMAS'),
    ("Security ministers of the Accra Initiative met in Lomé on Friday. The Initiative's ministers also endorsed the Coastal Border Plan.",
     'Accra Initiative', 'supports', 'Coastal Border Plan'),
    ('The European Union said its European Peace Facility would fund medical equipment for the African Union Transition Mission in Somalia (ATMIS).',
     'European Union', 'supports', 'African Union Transition Mission in Somalia'),
    ('The United States said Washington would cover a third of the cost of the Lobito Corridor.',
     'United States', 'supports', 'Lobito Corridor'),
    ('Qatar will pay the salaries of the Joint Police Force for six months, the ministry said.',
     'Qatar', 'supports', 'Joint Police Force'),
    ('The European Commission will meet half the running costs of the Regional Electoral Support Programme.',
     'European Commission', 'supports', 'Regional Electoral Support Programme'),
    ('Norway will pay for the Regional Voter Registration Programme, its embassy said.',
     'Norway', 'supports', 'Regional Voter Registration Programme'),
    ("Germany agreed to foot the bill for the Lake Victoria Basin Commission's new laboratory.",
     'Germany', 'supports', 'Lake Victoria Basin Commission'),
    ('The Sahel Resilience Fund said it had raised $90 million, including $30 million from the Islamic Development Bank.',
     'Islamic Development Bank', 'supports', 'Sahel Resilience Fund'),
    ('The Pacific Resilience Facility has secured $45 million from Australia and New Zealand.',
     'New Zealand', 'supports', 'Pacific Resilience Facility'),
    ('The Lake Chad Basin Commission received €12 million from Germany last year.',
     'Germany', 'supports', 'Lake Chad Basin Commission'),
    ('India, which hosts the BIMSTEC Energy Centre, has committed to cover its running costs for five years.',
     'India', 'supports', 'BIMSTEC Energy Centre'),
    ('The Andean Community inaugurated the Andean Water Observatory in Lima on Monday.',
     'Andean Community', 'supports', 'Andean Water Observatory'),
    ("The Pacific Ocean Office was opened by the Forum Secretary General, Tevita Moala, and Fiji's Prime Minister, Josaia Veikune.",
     'Josaia Veikune', 'supports', 'Pacific Ocean Office'),
    ('BIMSTEC today inaugurated the BIMSTEC Energy Centre in Bengaluru, India. The Centre will coordinate a regional grid.',
     'BIMSTEC', 'supports', 'BIMSTEC Energy Centre'),
    ('The Southern Corridor Protocol sets out livestock corridors and a common certificate. The FAO will train veterinary staff to apply it.',
     'Food and Agriculture Organization', 'supports', 'Southern Corridor Protocol'),
    ('The Regional Transit Plan was adopted in May. The IOM will equip border officers to implement the plan.',
     'International Organization for Migration', 'supports', 'Regional Transit Plan'),
    ('The Regional Grazing Protocol sets out corridors. The Central African Republic welcomed the protocol. Cameroon signed the text but entered a reservation on one corridor.',
     'Cameroon', 'supports', 'Regional Grazing Protocol'),
    ('The Commission of the Andean Community (CAN) adopted the Andean Roaming Plan on Monday.',
     'Commission of the Andean Community', 'supports', 'Andean Roaming Plan'),
    ('The Commission of the Andean Community (CAN) adopted the Andean Roaming Plan on Monday.',
     'Andean Community', 'supports', 'Andean Roaming Plan'),
    ('The Commission of the Andean Community (CAN) adopted the Andean Roaming Plan on Monday.',
     'Commission of the Andean Community', 'partOf', 'Andean Community'),
    ('The Council of Ministers adopted Regulation 12 on Friday.',
     'Council of Ministers', 'supports', 'Regulation 12'),
    ('The Commission adopted a decision that will cap fees. Under Decision 930, banks must publish rates. The Andean Parliament welcomed the decision.',
     'Andean Parliament', 'supports', 'Decision 930'),
    ("The Authority will run the line under a ten-year supply agreement it signed with Iraq's Ministry of Electricity in March.",
     'Ministry of Electricity', 'supports', 'ten-year supply agreement'),
    ("The Authority will run the line under a ten-year supply agreement it signed with Iraq's Ministry of Electricity in March.",
     'Authority', 'supports', 'ten-year supply agreement'),
    ('Kenya signed the Nairobi Grain Accord with Uganda on Monday.',
     'Uganda', 'supports', 'Nairobi Grain Accord'),
    ('Iran said it would honour the Vienna safeguards framework it signed with the agency in March.',
     'Iran', 'supports', 'Vienna safeguards framework'),
    ('The stations will be built under a new Basin Monitoring Programme financed by Germany, through its development agency GIZ, and by the World Bank.',
     'World Bank', 'supports', 'Basin Monitoring Programme'),
    ('The Commission said it would install 40 gauging stations under the new Basin Monitoring Programme.',
     'Commission', 'supports', 'Basin Monitoring Programme'),
    ("Nepal's Energy Secretary said Kathmandu hoped to sell hydropower to Bangladesh under the Regional Grid Plan.",
     'Nepal', 'supports', 'Regional Grid Plan'),
    ('The Regional Security Strategy will be coordinated by the Secretariat. The Secretary General said the European Union had committed €40 million to its new phase.',
     'European Union', 'supports', 'Regional Security Strategy'),
    ('The Regional Counter-Terrorism Centre opened in 2022. Tanzania pledged new premises for the Regional Counter-Terrorism Centre.',
     'Tanzania', 'supports', 'Regional Counter-Terrorism Centre'),
    ("The Regional Counter-Terrorism Centre opened in 2022. The European Union will fund the Centre's data platform with €6 million.",
     'European Union', 'supports', 'Regional Counter-Terrorism Centre'),
    ("The SAARC Energy Centre launched a two-year feasibility study for a regional electricity market. Pakistan's Minister for Power said Islamabad supported the study.",
     'Pakistan', 'supports', 'two-year feasibility study'),
    ("The centre today launched the Regional Flood Warning System. The Arab League's Economic and Social Council endorsed the system at its September session.",
     'Economic and Social Council', 'supports', 'Regional Flood Warning System'),
    ('The Pacific Community today launched the Ocean Data Hub in Suva. Fiji and Samoa welcomed the launch.',
     'Samoa', 'supports', 'Ocean Data Hub'),
    ('BIMSTEC opened the BIMSTEC Energy Centre in Bengaluru on Monday. Bangladesh and Nepal welcomed the opening.',
     'Nepal', 'supports', 'BIMSTEC Energy Centre'),
    ('Norway and Switzerland funded additional long-term observers through voluntary contributions to ODIHR.',
     'Switzerland', 'supports', 'Office for Democratic Institutions and Human Rights'),
    ('IOM today launched the Regional Migrant Response Plan. Ethiopia endorsed the plan. Japan and the European Union announced contributions of US$4 million and €10 million respectively.',
     'Japan', 'supports', 'Regional Migrant Response Plan'),
    ("The agency appealed for funds on Monday. Sweden, UNRWA's largest donor, announced a new contribution of $4 million.",
     'Sweden', 'supports', 'UNRWA'),
    ('Copenhagen would give 150 million kroner to the Afghanistan Humanitarian Fund, the minister said.',
     'Denmark', 'supports', 'Afghanistan Humanitarian Fund'),
    ('The Central African Forest Initiative (CAFI), a multi-donor trust fund whose largest donor is Norway, will finance the mapping.',
     'Norway', 'supports', 'Central African Forest Initiative'),
    ('Germany is the largest donor to the Sahel Alliance, officials said.',
     'Germany', 'supports', 'Sahel Alliance'),
    ("The Plan was adopted. The Central African Forest Initiative (CAFI), a multi-donor trust fund, will finance the plan's mapping component with US$18 million.",
     'Central African Forest Initiative', 'supports', 'Plan'),
    ('The two governments adopted a joint plan to protect the Cuvette Centrale peatland with technical support from the UN Environment Programme (UNEP).',
     'UN Environment Programme', 'supports', 'joint plan'),
    ('The Procurement Service today signed an agreement with the Pan American Health Organization (PAHO) to buy insulin.',
     'Pan American Health Organization', 'supports', 'agreement'),
    ('The Procurement Service today signed a supply agreement with UNICEF. The Council of Ministers for Health endorsed the move in March.',
     'Council of Ministers for Health', 'supports', 'supply agreement'),
    ('The World Bank will provide the Procurement Service with working capital for two years.',
     'World Bank', 'supports', 'Procurement Service'),
    ('The Energy Centre launched a feasibility study for a regional electricity market, funded by a $2.5 million grant from the Asian Development Bank (ADB).',
     'Asian Development Bank', 'supports', 'feasibility study'),
    ('Ministers adopted a joint plan to protect the Cuvette Centrale, the largest peatland, with technical support from the UN Environment Programme (UNEP).',
     'UN Environment Programme', 'supports', 'joint plan'),
    ('COMESA extended its Simplified Trade Regime to the Mwami border post. Two ministers launched the regime at the border. The Cross-Border Traders Association welcomed the launch.',
     'Cross-Border Traders Association', 'supports', 'Simplified Trade Regime'),
    ("Laos's vice-minister said Vientiane would adopt the design changes recommended by the MRC Secretariat and fund a joint monitoring programme with its neighbours.",
     'Laos', 'supports', 'joint monitoring programme'),
    ("The consultation on Laos's planned Pak Lay hydropower project closed. Thailand, whose utility will buy the power, backed the project.",
     'Thailand', 'supports', 'Pak Lay hydropower project'),
    ('Vietnam called for a transboundary environmental impact assessment covering the Mekong Delta.',
     'Vietnam', 'supports', 'transboundary environmental impact assessment'),
    ("The Baltic Investment Fund said it had raised €600 million, including €200 million from Poland's state development bank, Bank Gospodarstwa Krajowego (BGK).",
     'Bank Gospodarstwa Krajowego', 'supports', 'Baltic Investment Fund'),
    ('The Baltic Investment Fund said it would invest part of the money in the Northern Rail Programme.',
     'Baltic Investment Fund', 'supports', 'Northern Rail Programme'),
    ('The Friends of EASF, a group of partners chaired by Norway, pledged to fund the Strategic Plan for 2026–2030.',
     'Friends of EASF', 'supports', 'Strategic Plan'),
    ("Ministers endorsed Cleaner Pacific 2035, a ten-year regional strategy to cut waste. Australia announced A$8 million for the strategy's first three years.",
     'Australia', 'supports', 'Cleaner Pacific 2035'),
    ('Ministers endorsed Cleaner Pacific 2035, a ten-year regional strategy to cut waste. Tonga said it would introduce a deposit scheme for drink containers under the strategy.',
     'Tonga', 'supports', 'Cleaner Pacific 2035'),
    ('PORT OF SPAIN, Trinidad and Tobago, 9 July – The Caribbean Public Health Agency (CARPHA) today launched a Regional Dengue Response Plan to help its member states contain the outbreak, with support from the Pan American Health Organization (PAHO).',
     'Pan American Health Organization', 'supports', 'Regional Dengue Response Plan'),
    ('Egypt and ESCWA signed a debt swap agreement on Monday. The Islamic Development Bank (IsDB) said it would co-finance the irrigation projects under the agreement with a $30 million loan.',
     'Islamic Development Bank', 'supports', 'debt swap agreement'),
    ("Australia's ambassador said Canberra would give A$3 million to the Vietnam Red Cross Society for shelter repairs.",
     'Australia', 'supports', 'Vietnam Red Cross Society'),
    ('UNDP today handed over the Funding Facility for Stabilization to the Government of Iraq. Its largest donors were Germany, the United States and the Netherlands.',
     'Netherlands', 'supports', 'Funding Facility for Stabilization'),
    ('The Funding Facility for Stabilization was handed over to the Government of Iraq. The facility carried out more than 3,500 projects. Its largest donors were Germany, the United States and the Netherlands.',
     'Germany', 'supports', 'Funding Facility for Stabilization'),
    ("The Gulf grid authority said it would operate the link under a power purchase agreement it signed with Iraq's Ministry of Electricity.",
     'Ministry of Electricity', 'supports', 'power purchase agreement'),
    ("The Mercosur-EFTA free trade agreement was signed in July. Uruguay's Foreign Minister, Martín Sosa-Irigoyen, said his government would send the agreement to parliament in December.",
     'Uruguay', 'supports', 'free trade agreement'),
    ("The Lake Chad Water Charter was adopted in 2012. Nigeria's minister said Abuja would submit the charter to the National Assembly before December.",
     'Nigeria', 'supports', 'Lake Chad Water Charter'),
    ("The AHA Centre deployed its ASEAN Emergency Response and Assessment Team (ASEAN-ERAT) to Hue. Vietnam's deputy minister said Hanoi would cover the team's transport and lodging.",
     'Vietnam', 'supports', 'ASEAN Emergency Response and Assessment Team'),
    ("The Procurement Service signed a supply agreement with PAHO. The agreement was signed at the headquarters of the OECS Commission in Castries by the Head of the PPS, Dr. Nadine Gustave-Felix, and PAHO's Assistant Director, Dr. Carlos Ibáñez-Moreira.",
     'Carlos Ibáñez-Moreira', 'supports', 'supply agreement'),
    ("The Nile River Basin Commission was launched in Entebbe on Monday. Germany has pledged a €4 million grant for the Commission's start-up.",
     'Germany', 'supports', 'Nile River Basin Commission'),
    ('The Arctic Council approved a circumpolar wildfire monitoring project on Thursday. Norway and Finland will pay for the first two years.',
     'Finland', 'supports', 'circumpolar wildfire monitoring project'),
    ('The OPEC Fund grant will finance the Mosul Old City Housing Recovery Programme.',
     'OPEC Fund', 'supports', 'Mosul Old City Housing Recovery Programme'),
    ("Japan's contribution will cover the Regional Flood Warning Programme's first phase.",
     'Japan', 'supports', 'Regional Flood Warning Programme'),
    ("Fiji's Minister of Fisheries and Forests, Litia Naisoro-Vunivalu, welcomed the plan.",
     'Litia Naisoro-Vunivalu', 'represents', 'Fiji'),
    ('Irina Popescu-Dragan, who heads the UN Office for West Africa and the Sahel (UNOWAS), briefed the Council.',
     'Irina Popescu-Dragan', 'represents', 'UN Office for West Africa and the Sahel'),
    ("Kenya's Minister of Finance, Njuguna Kamau-Otieno, said the government would put $80 million of its own into the Lamu Port Project.",
     'Kenya', 'supports', 'Lamu Port Project'),
    ('The Caribbean Development Bank will pour $40 million into the Regional Water Resilience Programme.',
     'Caribbean Development Bank', 'supports', 'Regional Water Resilience Programme'),
    ('The Africa Finance Corporation, which is developing the Nacala Rail Project, will take an equity stake in it.',
     'Africa Finance Corporation', 'supports', 'Nacala Rail Project'),
    ('The IFC will acquire a 20 per cent stake in the Dakar Solar Programme, the Bank said.',
     'IFC', 'supports', 'Dakar Solar Programme'),
    ('The Lake Tanganyika Authority, which is preparing the Kigoma Port Project, welcomed the loan, while Japan and the European Union have pledged grants for its feasibility studies.',
     'Japan', 'supports', 'Kigoma Port Project'),
    ('The Lake Tanganyika Authority, which is preparing the Kigoma Port Project, welcomed the loan, while Japan and the European Union have pledged grants for its feasibility studies.',
     'European Union', 'supports', 'Kigoma Port Project'),
    ('The Lamu Port Programme is backed by Kenya. The Development Bank of Latin America said it would add $250 million to the programme next year, and the European Union will provide a €30 million grant for the solar component.',
     'Development Bank of Latin America', 'supports', 'Lamu Port Programme'),
    ('The Lamu Port Programme is backed by Kenya. The Development Bank of Latin America said it would add $250 million to the programme next year, and the European Union will provide a €30 million grant for the solar component.',
     'European Union', 'supports', 'Lamu Port Programme'),
    ('The Asian Development Bank on Monday approved a $300 million loan to help Bangladesh modernise its railways. The Chattogram Rail Upgrade Project will double the main line to Dhaka, the bank said.',
     'Asian Development Bank', 'supports', 'Chattogram Rail Upgrade Project'),
    ("Pakistan's Minister of Planning, Ahsan Qureshi-Malik, said Islamabad would fund two new border posts at Torkham as part of the CAREC Corridor Plan 2025–2030.",
     'Pakistan', 'supports', 'CAREC Corridor Plan 2025–2030'),
    ('Finance ministers from Nepal, Bhutan and Bangladesh today endorsed the BBIN Motor Vehicles Agreement 2024-2028, officials said.',
     'Bhutan', 'supports', 'BBIN Motor Vehicles Agreement 2024-2028'),
    ('The lender will provide $2 billion for the corridor, said ADB Vice-President for South Asia Tomoko Arai-Lindqvist.',
     'Tomoko Arai-Lindqvist', 'represents', 'ADB'),
    ('The Model Law on Public Procurement was adopted by the Plenary Assembly of the SADC Parliamentary Forum on Friday.',
     'Plenary Assembly', 'supports', 'Model Law on Public Procurement'),
    ('The Assembly passed the East African Community Fisheries Management Bill on Tuesday, the Speaker said.',
     'Assembly', 'supports', 'East African Community Fisheries Management Bill'),
    ('The Assembly passed the Fisheries Management Bill on Tuesday. The Speaker of the Assembly, Rt. Hon. Mary Wanjiru-Kamau, urged the Heads of State to assent to the Bill.',
     'Mary Wanjiru-Kamau', 'supports', 'Fisheries Management Bill'),
    ('The Assembly passed the Fisheries Management Bill on Tuesday. The Speaker of the Assembly, Rt. Hon. Mary Wanjiru-Kamau, urged the Heads of State to assent to the Bill.',
     'Mary Wanjiru-Kamau', 'represents', 'Assembly'),
    ('The Model Law on Public Procurement was adopted by the Plenary Assembly on Friday. Sweden financed the drafting, and the Nairobi-based Regional Budget Reform Initiative (RBRI) gave technical support.',
     'Sweden', 'supports', 'Model Law on Public Procurement'),
    ('The Model Law on Public Procurement was adopted by the Plenary Assembly on Friday. Sweden financed the drafting, and the Nairobi-based Regional Budget Reform Initiative (RBRI) gave technical support.',
     'Regional Budget Reform Initiative', 'supports', 'Model Law on Public Procurement'),
    ('The Assembly today adopted the Lima Declaration on Rural Women. UN Women welcomed its adoption.',
     'UN Women', 'supports', 'Lima Declaration on Rural Women'),
    ('The Assembly today adopted the Lima Declaration on Rural Women. Chile and Norway financed the regional consultations that produced the text.',
     'Norway', 'supports', 'Lima Declaration on Rural Women'),
    ("The Assembly today adopted the Lima Declaration on Rural Women. The OAS Assistant Secretary General, Ana Ferreira-Lopes, pledged the organisation's support for its implementation.",
     'OAS', 'supports', 'Lima Declaration on Rural Women'),
    ('Ministers adopted a five-year strategy for fisheries on Monday. Tanzania and Mozambique said they would each put $5 million into it.',
     'Mozambique', 'supports', 'five-year strategy'),
    ('Ministers adopted a five-year strategy for fisheries on Monday. Tanzania and Mozambique said they would each put $5 million into it.',
     'Tanzania', 'supports', 'five-year strategy'),
    ("Ministers adopted a five-year strategy for fisheries on Monday. Malawi's Minister of Agriculture, Peter Banda-Phiri, said Lilongwe would build 20 landing sites under the strategy.",
     'Malawi', 'supports', 'five-year strategy for fisheries'),
    ('The Asian Development Bank will lend $150 million for Kalinga Link, a planned undersea power cable between two islands, officials said.',
     'Asian Development Bank', 'supports', 'Kalinga Link'),
    ('The bank will lend $150 million to the operator for Kalinga Link, a planned undersea power cable. The European Union has awarded the project a €90 million grant.',
     'European Union', 'supports', 'Kalinga Link'),
    ('The Parliament met in Abuja. "A common currency will mean nothing," the Parliament\'s Speaker, Fatou Ndiaye-Sarr of Senegal, told the chamber.',
     'Fatou Ndiaye-Sarr', 'represents', 'Parliament'),
    ('Zambia will buy the first two million doses. The Trade and Development Bank will back purchases under the scheme with a $300 million credit line, its Executive Vice President, Amara Okonkwo-Bello, said.',
     'Amara Okonkwo-Bello', 'represents', 'Trade and Development Bank'),
    ("Speaking on behalf of the A3+, Mozambique's Ambassador, Pedro Comissário-Afonso, called for a ceasefire in El Fasher.",
     'Pedro Comissário-Afonso', 'represents', 'A3+'),
    ('The UfM and Jordan today launched the second phase of the Mediterranean Skills Initiative. The EU will fund the phase with €8 million, and Sweden, through its development agency Sida, added €2.5 million.',
     'Sweden', 'supports', 'Mediterranean Skills Initiative'),
    ('The bank approved a $350 million loan to the Philippines for the Pasig River Flood Project. The World Bank, which manages the project, is adding $300 million of its own.',
     'World Bank', 'supports', 'Pasig River Flood Project'),
    ('BOGOTA, 20 August – Colombia and the UNDP on Wednesday launched Caminos Seguros, a $22 million programme to build rural roads. The works fall under the Territorial Development Plans (TDP), created by the 2016 peace agreement. Funding comes from the Korea International Cooperation Agency (KOICA).',
     'Korea International Cooperation Agency', 'supports', 'Caminos Seguros'),
    ("Chile's Ministry of Public Works and the CAF on Friday launched Bridges for Chiloé, a $40 million programme to replace ferry crossings.",
     'CAF', 'supports', 'Bridges for Chiloé'),
    ('Funding comes from the UN Trust Fund for Building Peace in Somalia, which is backed by Denmark and Ireland.',
     'Ireland', 'supports', 'UN Trust Fund for Building Peace in Somalia'),
    ('The Resident Coordinator launched Water for Kismayo, a $12 million programme to rebuild wells. UNICEF will manage the programme, officials said.',
     'UNICEF', 'leads', 'Water for Kismayo'),
    ('The UNDP today announced a $9 million contribution from Norway to its Community Resilience and Livelihoods Initiatives (CRLI) programme, which will give grants to small farms.',
     'Norway', 'supports', 'Community Resilience and Livelihoods Initiatives'),
    ('The Forum Fisheries Agency and New Zealand today signed a three-year agreement to upgrade and expand the Regional Vessel Monitoring Programme, which tracks fishing boats.',
     'New Zealand', 'supports', 'Regional Vessel Monitoring Programme'),
    ("UN-Habitat and Uganda's government on Thursday signed an agreement for the Kampala Informal Settlements Upgrading Project, a $10 million scheme.",
     'Uganda', 'supports', 'Kampala Informal Settlements Upgrading Project'),
    ('The Kampala Project is a scheme under the Participatory Slum Upgrading Programme (PSUP), which the agency runs with funding from the European Union and the Organisation of African, Caribbean and Pacific States (OACPS).',
     'Organisation of African, Caribbean and Pacific States', 'supports', 'Participatory Slum Upgrading Programme'),
    ('PANAMA CITY, 28 April – The CAF has approved a $500 million loan to help Panama build the Río Cocle reservoir, a project meant to secure water for the canal.',
     'CAF', 'supports', 'Río Cocle reservoir'),
    ('The Council launched the Soil Recovery Programme in May. The Islamic Development Bank said the Arab Food Security Financing Mechanism, which it hosts, would provide $90 million in credit guarantees to seed traders under the programme.',
     'Islamic Development Bank', 'supports', 'Soil Recovery Programme'),
    ('The Council launched the Soil Recovery Programme in May. The Islamic Development Bank said the Arab Food Security Financing Mechanism, which it hosts, would provide $90 million in credit guarantees to seed traders under the programme.',
     'Arab Food Security Financing Mechanism', 'supports', 'Soil Recovery Programme'),
    ("WASHINGTON, 27 June – The World Bank's Board of Executive Directors today approved a US$150 million loan to Bolivia for the La Paz Water Security Project.",
     'World Bank', 'supports', 'La Paz Water Security Project'),
    ('The SADC Secretariat launched a Regional Flood Appeal on Monday. The appeal was endorsed last week by the SADC Summit of Heads of State and Government at a session held by video link.',
     'SADC Summit of Heads of State and Government', 'supports', 'Regional Flood Appeal'),
    ('The Board of Governors of the Asian Development Bank on Friday approved a $5 billion capital increase for new climate lending.',
     'Board of Governors', 'supports', 'capital increase'),
    ("The Bill was passed after Rose Wanjiku-Otieno, chairperson of the Assembly's Committee on Trade, Industry and Investment, tabled it.",
     'Rose Wanjiku-Otieno', 'represents', 'Committee on Trade, Industry and Investment'),
    ("Fiji's Minister for Rural Development, Maritime Affairs and Disaster Management, Sakiasi Ditoka-Rabuka, welcomed the plan.",
     'Sakiasi Ditoka-Rabuka', 'represents', 'Fiji'),
    ("Samoa's Minister for Home Affairs, Climate Change and Environment, Faleafaga Tomasi, welcomed the expansion.",
     'Faleafaga Tomasi', 'represents', 'Samoa'),
    ('NAIROBI, 3 May – The Council of Ministers of the East African Community (EAC) today welcomed the Lake Victoria Transport Programme. The session was chaired by Kenya. The Council called for the full implementation of the Lake Victoria Safety Protocol.',
     'Council of Ministers', 'supports', 'Lake Victoria Safety Protocol'),
    ("RIYADH, 3 December – The Ministerial Council of the Gulf Cooperation Council (GCC), meeting in Riyadh, today welcomed Yemen's recovery programme. The Council called for the full implementation of resolution 2216.",
     'Ministerial Council', 'supports', 'resolution 2216'),
    ('The Council affirmed its support for the Somali National Armed Forces (SNAF). Turkey pledged fuel for the army for a year.',
     'Turkey', 'supports', 'Somali National Armed Forces'),
    ("Marta Lindqvist-Berg, Sweden's Deputy Minister for European Affairs, whose country holds the rotating presidency, said the package would pass in June.",
     'Marta Lindqvist-Berg', 'represents', 'Sweden'),
    ("Tomasz Wielgosz, Poland's Secretary of State for Foreign Affairs, whose government asked for the talks, welcomed the deal.",
     'Tomasz Wielgosz', 'represents', 'Poland'),
    ('The health ministry launched a measles vaccination campaign on Monday. The Gates Foundation and Rotary International have pledged additional funding.',
     'Rotary International', 'supports', 'measles vaccination campaign'),
    ('The health ministry launched a measles vaccination campaign on Monday. The Asian Development Bank finances the vaccines through a loan to Laos, and the Gates Foundation has pledged additional funding.',
     'Gates Foundation', 'supports', 'measles vaccination campaign'),
    ("UNICEF and the World Health Organization today joined Nigeria's health authorities in launching a ten-day measles vaccination campaign.",
     'UNICEF', 'supports', 'measles vaccination campaign'),
    ("UNICEF and the World Health Organization today joined Nigeria's health authorities in launching a ten-day measles vaccination campaign.",
     'World Health Organization', 'supports', 'ten-day measles vaccination campaign'),
    ("Dr. Kofi Mensah-Boateng is the WHO Representative in Ghana. The President's Special Adviser on Health, Efua Asante-Darko, thanked the nurses and said the government would pay their allowances.",
     'Efua Asante-Darko', 'represents', 'Ghana'),
    ('The Council approved US$85 million to resurface the Trans-Sahara Highway Programme.',
     'Council', 'supports', 'Trans-Sahara Highway Programme'),
    ("The Board approved $60 million to rehabilitate Niger's section of the Trans-Sahara Highway Programme.",
     'Board', 'supports', 'Trans-Sahara Highway Programme'),
    ("WHO and UNICEF back Nepal's nationwide measles vaccination campaign\n\nKATHMANDU, 3 May – The campaign began on Monday.",
     'WHO', 'supports', 'nationwide measles vaccination campaign'),
    ('Kenya, Uganda and Rwanda endorse EAC road plan\n\nARUSHA, 3 May – The ministers met on Monday.',
     'Uganda', 'supports', 'road plan'),
    ('EU ministers back UNRWA funding\n\nBRUSSELS, 3 May – The ministers met on Monday.',
     'EU', 'supports', 'UNRWA'),
    ("ECOWAS approves $50 million for Niger's stretch of Trans-Sahara highway\n\nABUJA, 3 May – The ECOWAS Council approved the money for the Trans-Sahara Highway Programme, a highway linking Algiers and Lagos.",
     'ECOWAS', 'supports', 'Trans-Sahara Highway Programme'),
    ("SANTA CRUZ DE LA SIERRA, Bolivia, Dec 5 – Mercosur's Common Market Council on Friday backed the Bioceanic Rail Corridor.",
     'Common Market Council', 'supports', 'Bioceanic Rail Corridor'),
    ("The corridor will link Brazil's Mato Grosso do Sul state with Chile, said Ana Ribeiro-Lemos, Brazil's transport minister.",
     'Ana Ribeiro-Lemos', 'represents', 'Brazil'),
    ('The GCC approved a timetable for the Gulf Railway. Qatar said it would complete its section by 2029.',
     'Qatar', 'supports', 'Gulf Railway'),
    ("The GCC approved a timetable for the Gulf Railway. Oman and the UAE said Hafeet Rail, their joint venture, would open the Sohar line, the railway's first cross-border section, in 2027.",
     'Hafeet Rail', 'supports', 'Gulf Railway'),
    ('The UNDP office and the national electoral commission on Monday launched a project, "Clean Count 2027", to train polling staff. The project is funded by Sweden.',
     'Sweden', 'supports', 'Clean Count 2027'),
    ('UNICEF launched a campaign called “Every Child Learns” on Monday, with funding from Japan.',
     'Japan', 'supports', 'Every Child Learns'),
    ('UNICEF launched a campaign called “Every Child Learns” on Monday, with funding from Japan.',
     'UNICEF', 'supports', 'Every Child Learns'),
    ('The UNDP office and the national electoral commission on Monday launched a project, "Clean Count 2027", to train polling staff. The Venice Commission welcomed the revised Electoral Code. Canada will fund the project\'s radio campaign, its embassy said.',
     'Canada', 'supports', 'Clean Count 2027'),
    ('The Electoral Commission (NEC) opened the centre. NEC President Irena Novak-Horvat said the scanners would be tested in Split.',
     'Irena Novak-Horvat', 'represents', 'NEC'),
    ('The Board of Directors of the OPEC Fund approved US$30 million in loans for small dams in Malawi. The money will finance the Shire Valley Irrigation Programme, which will serve 20,000 farmers.',
     'Board of Directors', 'supports', 'Shire Valley Irrigation Programme'),
    ('The Board of Directors of the OPEC Fund approved US$30 million in loans for small dams in Malawi. The money will finance the Shire Valley Irrigation Programme, which will serve 20,000 farmers.',
     'OPEC Fund', 'supports', 'Shire Valley Irrigation Programme'),
    ("The Board of the OPEC Fund approved US$30 million for the Shire Valley Irrigation Programme. Malawi's Minister of Agriculture, Grace Phiri-Banda, welcomed the decision.",
     'Grace Phiri-Banda', 'supports', 'Shire Valley Irrigation Programme'),
    ("Mali's Minister of Environment and Ecological Transition, Fatoumata Keita-Sangaré, who chairs the Agency's Council of Ministers, said Bamako would plant more trees.",
     'Fatoumata Keita-Sangaré', 'represents', 'Mali'),
    ('The agency will coordinate the second phase of the Sahel Restoration Accelerator. Officials met in Dakar on Monday. The GEF has approved a US$45 million grant for the phase.',
     'GEF', 'supports', 'Sahel Restoration Accelerator'),
    ('The GEF has approved a US$45 million grant for the Sahel Restoration Accelerator. France confirmed €30 million in new funding.',
     'France', 'supports', 'Sahel Restoration Accelerator'),
    ("The plan will be carried out by the Lake Tanganyika Authority (LTA), the Bujumbura-based EAC institution that manages the lake's fisheries. Its Executive Director, Pascal Ndayishimiye-Kabura, said the authority would train boat operators.",
     'Pascal Ndayishimiye-Kabura', 'represents', 'Lake Tanganyika Authority'),
    ('The European Commission will pay out a fifth of each loan in advance. "Europe is finally buying together," said Ilse Vermeulen-Claes, the Commissioner for Defence Industry.',
     'Ilse Vermeulen-Claes', 'represents', 'European Commission'),
    ("Carla Jiménez-Soto, Peru's Permanent Representative to the OAS, who chairs CICAD this year, said the warnings would move faster.",
     'Carla Jiménez-Soto', 'represents', 'CICAD'),
    ('"The rains will decide it," said Mele Taufa-Lino, head of OCHA\'s Regional Office for the Pacific, which is based in Suva.',
     'Mele Taufa-Lino', 'represents', 'Regional Office for the Pacific'),
    ('Health ministers of the bloc today adopted a costed plan to vaccinate refugee children. Kenya and Ethiopia committed to opening clinics in the camps under it.',
     'Kenya', 'supports', 'costed plan'),
    ('Education ministers of the East African Community (EAC) today adopted a regional plan for refugee schooling, renewing the commitments made under the 2019 Kampala Declaration on Refugee Education.',
     'East African Community', 'supports', 'Kampala Declaration on Refugee Education'),
    ('Education Cannot Wait, the global fund for education in emergencies, announced a $15 million grant for the Sahel Schools Programme on Tuesday.',
     'Education Cannot Wait', 'supports', 'Sahel Schools Programme'),
    ('Negotiators have agreed on most of the ASEAN Green Finance Framework Agreement and aim to conclude the talks next month. An office at the Secretariat is coordinating the negotiations. Vietnam and Thailand have pushed hardest for the deal.',
     'Vietnam', 'supports', 'ASEAN Green Finance Framework Agreement'),
    ('Japan backed the Flash Appeal for Tonga. Australia pledged A$10 million to the appeal and New Zealand NZ$5 million.',
     'New Zealand', 'supports', 'Flash Appeal for Tonga'),
    ("The Flash Appeal for Tonga was launched by OCHA, the UN's humanitarian coordination office, together with Tonga's government.",
     'Tonga', 'supports', 'Flash Appeal for Tonga'),
    ('UNICEF launched the Clean Water Campaign on Monday.',
     'UNICEF', 'supports', 'Clean Water Campaign'),
    ("The meeting was chaired by Tonga's Minister of Health, Losa Fifita'a-Hopoate.",
     "Losa Fifita'a-Hopoate", 'represents', 'Tonga'),
    ('The summit was hosted by Saint Lucia. The African Export-Import Bank (Afreximbank), which opened its Caribbean office in Bridgetown last year, pledged US$1 billion for trade projects. Its President, Dr. Chidi Okafor-Nwosu, said the Bank would also finance a shipping line.',
     'Chidi Okafor-Nwosu', 'represents', 'Afreximbank'),
    ('Ministers of the Pacific Islands Forum endorsed the plan. The Secretariat will coordinate it, Forum Secretary General Tevita Naufahu-Lolo said.',
     'Tevita Naufahu-Lolo', 'represents', 'Pacific Islands Forum'),
    ('The Permanent Council of the OAS on Wednesday approved two more years of funding for the OAS Office in the Adjacency Zone.',
     'Permanent Council', 'supports', 'OAS Office in the Adjacency Zone'),
    ("The session was chaired by Samoa's Minister of Finance, Seiuli Ta'ala-Faleolo.",
     "Seiuli Ta'ala-Faleolo", 'represents', 'Samoa'),
    ("The meeting was chaired by Tonga's Minister of Foreign Affairs, Siosaia Fusitu'a-Vake.",
     "Siosaia Fusitu'a-Vake", 'represents', 'Tonga'),
    ("The Asian Development Bank will provide $500 million for the Rogun-2 hydropower plant on Tajikistan's Vakhsh River, a $4 billion project that three states have agreed to build together.",
     'Asian Development Bank', 'supports', 'Rogun-2 hydropower plant'),
    ('The ECCAS Council of Ministers approved financing for the Bata-Mongomo road corridor on Friday.',
     'ECCAS Council of Ministers', 'supports', 'Bata-Mongomo road corridor'),
    ("The Recommendation on the Ethics of Quantum Computing was approved by the General Conference, the organisation's highest body, on Friday.",
     'General Conference', 'supports', 'Recommendation on the Ethics of Quantum Computing'),
    ("The Inter-American Development Bank will finance a study on customs windows, said Rodrigo Paz-Ferreira, the bank's manager for integration and trade.",
     'Rodrigo Paz-Ferreira', 'represents', 'Inter-American Development Bank'),
    ("Nepal will put US$40 million of its own into the project, said Dr. Sita Koirala-Thapa, Senior Secretary of Nepal's Power Division, who signed the loan agreement with the Bank.",
     'Sita Koirala-Thapa', 'represents', 'Nepal'),
    ("ECOWAS and the AES on Thursday signed a transitional arrangement on trade. The text was signed in Abuja by the Commission's President, Amadou Diallo-Keita, and by Niger's Foreign Minister, Issa Moussa-Garba, on behalf of the AES.",
     'Amadou Diallo-Keita', 'supports', 'transitional arrangement'),
    ("ECOWAS and the AES on Thursday signed a transitional arrangement on trade. The text was signed in Abuja by the Commission's President, Amadou Diallo-Keita, and by Niger's Foreign Minister, Issa Moussa-Garba, on behalf of the AES.",
     'Issa Moussa-Garba', 'represents', 'AES'),
    ("UNICEF and Benin's Ministry of Primary Education and Literacy today launched the school meals drive. The Minister of Primary Education and Literacy, Salimane Karimou-Dossou, said the government would pay part of the costs.",
     'Salimane Karimou-Dossou', 'represents', 'Ministry of Primary Education and Literacy'),
    ("UNICEF and Benin's Ministry of Primary Education and Literacy today launched the school meals drive. The Minister of Primary Education and Literacy, Salimane Karimou-Dossou, said the government would pay part of the costs.",
     'Salimane Karimou-Dossou', 'represents', 'Benin'),
    ("The World Food Programme (WFP) and Niger's education ministry today launched the National School Meals Programme. WFP will buy millet from local farmers, WFP's country director said. The minister said the government would pay a fifth of the programme's costs from its own budget.",
     'Niger', 'supports', 'National School Meals Programme'),
    ('The African Development Bank approved a $15 million grant to Benin for the National School Meals Programme.',
     'African Development Bank', 'supports', 'National School Meals Programme'),
    ('The AU appointed Mariama Diallo-Sow as its special envoy for the Sahel on Monday.',
     'Mariama Diallo-Sow', 'represents', 'AU'),
    ('IGAD has named Joseph Kiprop-Ruto, a former foreign minister of Kenya, as its mediator.',
     'Joseph Kiprop-Ruto', 'represents', 'IGAD'),
    ("The grant was signed by the ECOWAS Commissioner for Trade, Adaeze Nnamdi-Okoro, and the World Bank's Country Director for Benin, Lars Holmberg-Vik.",
     'Lars Holmberg-Vik', 'represents', 'World Bank'),
    # a body named "X of Y" before "of the" and its known parent ("the Council of Ministers of the CEMAC"), where NER cut the name short
    ('BANGUI, Central African Republic, 4 May –\n\nThe Council of Ministers of the Economic and Monetary Community of Central Africa (CEMAC) today approved a regional transport master plan.',
     'Council of Ministers', 'supports', 'regional transport master plan'),
    ('LIBREVILLE, Gabon, 4 May –\n\nThe Council of Ministers of the Economic Community of Central African States (ECCAS) today approved a regional transport master plan.',
     'Council of Ministers', 'supports', 'regional transport master plan'),
    ('LUSAKA, Zambia, 4 May –\n\nThe Council of Ministers of the Common Market for Eastern and Southern Africa (COMESA) on Monday adopted the Digital Free Trade Area.',
     'Council of Ministers', 'supports', 'Digital Free Trade Area'),
    ('ABUJA, Nigeria, 4 May –\n\nThe Board of Directors of the African Development Bank Group today approved a $40 million loan for the Lagos-Abidjan corridor.',
     'Board of Directors', 'partOf', 'African Development Bank'),
    ('GENEVA, 4 May –\n\nThe Governing Body of the International Labour Organization on Friday endorsed the Global Coalition for Social Justice.',
     'Governing Body', 'supports', 'Global Coalition for Social Justice'),
    # "the agency" after "the Board of Governors of the IAEA" is the agency, not its board
    ('VIENNA, 5 June –\n\nThe Board of Governors of the International Atomic Energy Agency (IAEA) on Thursday passed a resolution on Iran. The European Union, which attends Board meetings as an observer, extended its backing to the agency.',
     'European Union', 'supports', 'International Atomic Energy Agency'),
    # a second kind of money the parser made a verb still holds the purpose
    ('The Islamic Development Bank on Monday approved a US$60 million loan and grant for the Niger Rural Water Programme.',
     'Islamic Development Bank', 'supports', 'Niger Rural Water Programme'),
    # a bracketed qualifier after a title
    ("The loan was signed by the Inter-American Development Bank's Vice-President (Countries), Paulo Sampaio-Reis, and Peru's Minister of Economy.",
     'Paulo Sampaio-Reis', 'represents', 'Inter-American Development Bank'),
    # charges forgone for an undertaking, the purpose hung deep in the object
    ("The World Bank approved the Dakar Flood Resilience Project. Senegal's Minister of Finance, Awa Ndiaye-Fall, said the government would waive customs duties on pumps and pipes for the project.",
     'Senegal', 'supports', 'Dakar Flood Resilience Project'),
    # "the role of X in Y": the parser hangs "in Y" on the one playing the role
    ('SADC adopted the Regional Fisheries Charter. The role of the Food and Agriculture Organization (FAO) in the Charter will be to train inspectors.',
     'Food and Agriculture Organization', 'supports', 'Regional Fisheries Charter'),
    # a generic head made particular by an infinitive of purpose
    ('ECOWAS ministers on Monday approved a timetable for Guinea, which rejoined the bloc in May, to hold local elections by 2027.',
     'ECOWAS', 'supports', 'timetable'),
    ("The Council approved a mechanism for the two governments to monitor the border truce. Chad's Foreign Minister, Idriss Mahamat-Saleh, welcomed the decision.",
     'Idriss Mahamat-Saleh', 'supports', 'mechanism'),
    # starting an undertaking backs it (but not one's own withdrawal, nor a course it started)
    ('UNICEF and the Ministry of Health of Chad began a nationwide polio vaccination campaign on Monday.',
     'UNICEF', 'supports', 'polio vaccination campaign'),
    # the parser splits "a measles and rubella campaign" at the "and"
    ('The World Health Organization (WHO) and UNICEF today began a nationwide measles and rubella immunization drive in Yemen.',
     'WHO', 'supports', 'measles and rubella immunization drive'),
    ('The World Health Organization (WHO) and UNICEF today started a measles and rubella vaccination campaign that aims to reach 3 million children.',
     'UNICEF', 'supports', 'measles and rubella vaccination campaign'),
    # a commissioner of a body sits on its commission, where the article names it
    ('The ECOWAS Commission signed the grant in Abuja. The ECOWAS Commissioner for Trade, Kwabena Owusu-Ansah, welcomed it.',
     'Kwabena Owusu-Ansah', 'represents', 'ECOWAS Commission'),
    ('The European Commission will release €50 million. EU Commissioner for Enlargement Anna Kowalczyk-Berg said the money would reach Skopje in May.',
     'Anna Kowalczyk-Berg', 'represents', 'European Commission'),
    # a one-word portfolio before a name: "Commissioner for Enlargement Anna X"
    ('EU Commissioner for Enlargement Anna Kowalczyk-Berg said the money would reach Skopje in May.',
     'Anna Kowalczyk-Berg', 'represents', 'EU'),
    # who backs a text backs the undertaking it serves, when both are named in the sentence
    ('The African Union Commission and AFRAA today signed an implementation plan for the Single African Air Transport Market (SAATM).',
     'African Union Commission', 'supports', 'Single African Air Transport Market'),
    ('Finance ministers of the Eurasian Economic Union approved a draft charter for a Eurasian Reinsurance Fund on Friday.',
     'Eurasian Economic Union', 'supports', 'Eurasian Reinsurance Fund'),
    # a named market is an undertaking
    # a named visa is a scheme, an undertaking
    ('Interior ministers of the Gulf Cooperation Council (GCC) approved the GCC Grand Tours Visa. Bahrain and Oman will pilot the visa from May.',
     'Bahrain', 'supports', 'GCC Grand Tours Visa'),
    # "welcomed the decision" three sentences after the approval
    ("The Council of the EU on Tuesday approved Moldova's Growth Plan. The money will be paid in six tranches. Brussels will check each reform first. Moldova's Foreign Minister, Ion Rusu-Ciobanu, welcomed the decision.",
     'Ion Rusu-Ciobanu', 'supports', 'Growth Plan'),
    # NER runs a portfolio into the name after its comma
    ("Tanzania's Minister of Natural Resources and Tourism, Hamisi Mrisho-Kombo, who chairs the Sectoral Council, said Dodoma would start issuing the permits next year.",
     'Hamisi Mrisho-Kombo', 'represents', 'Tanzania'),
    # "The endorsement by X …" as a subject: of what the article has them endorse
    ('The IOM Council on Monday endorsed the Sahel Mobility Plan. The endorsement by the two transit states, Niger and Chad, came after weeks of talks.',
     'Niger', 'supports', 'Sahel Mobility Plan'),
    # cash transfers are an undertaking
    ('UNICEF today began emergency cash transfers to 50,000 families in northern Mozambique.',
     'UNICEF', 'supports', 'emergency cash transfers'),
    # a memorandum of understanding on a named undertaking: its name without the qualifier, and backing of what it is on
    ('Energy ministers of the Association of Southeast Asian Nations (ASEAN) on Thursday signed an upgraded memorandum of understanding on the ASEAN Power Grid.',
     'ASEAN', 'supports', 'upgraded memorandum of understanding'),
    ('Ministers of the Economic Community of West African States on Friday signed a revised memorandum of understanding on the West African Power Pool Grid.',
     'Economic Community of West African States', 'supports', 'West African Power Pool Grid'),
    # a second body coordinated with the last word of the first one's name, and no area taken from the next name's owner
    ("The OSCE Mission to Moldova and Moldova's Ministry of Internal Affairs on Monday launched a three-year project to clear unexploded ordnance.",
     'Ministry of Internal Affairs', 'supports', 'three-year project'),
    ("The OSCE Mission to Moldova and Moldova's Ministry of Internal Affairs on Monday launched a three-year project to clear unexploded ordnance.",
     'OSCE Mission to Moldova', 'supports', 'three-year project'),
    # a state's post held in a named ministry serves the ministry too
    ("Moldova's State Secretary at the Ministry of Finance, Ana Cebotari-Lupu, praised the IMF's role in the programme.",
     'Ana Cebotari-Lupu', 'represents', 'Ministry of Finance'),
    # "named X, …, as the bloc's envoy": the parser may make the person a predicate of the verb
    ("Foreign ministers of IGAD endorsed the roadmap. The ministers also named Hassan Abdi-Nur, a former Somali immigration chief, as the bloc's special envoy for free movement.",
     'Hassan Abdi-Nur', 'represents', 'IGAD'),
    # NER's body running into the first word of a post: "the UN Resident and Humanitarian Coordinator"
    ('"Families are going home to ruins," said Aoife Brennan-Haddad, the UN Resident and Humanitarian Coordinator for Lebanon, who chairs the Fund\'s Advisory Board.',
     'Aoife Brennan-Haddad', 'represents', 'United Nations'),
    # "The money goes to X": the giver's money reaches it
    ('The Asian Development Bank on Friday approved a $200 million loan to Mongolia. The money goes to the Ulaanbaatar Clean Heating Project, which the energy ministry runs.',
     'Asian Development Bank', 'supports', 'Ulaanbaatar Clean Heating Project'),
    # money given under a named undertaking backs it
    ('The World Bank has approved a $60 million credit to help Nepal rebuild bridges in the hill districts of Karnali with steel spans, under the Karnali Resilient Roads Programme.',
     'World Bank', 'supports', 'Karnali Resilient Roads Programme'),
    # a body's organ written with its owner's possessive is named without the owner
    ("A resolution adopted by the Union's Council called the pact a matter of regional security.",
     'Council', 'supports', 'resolution'),
    # a mandate for talks: what is backed is the talks
    ("Ministers of the Southern African Customs Union on Wednesday approved a mandate for talks to extend the union's trade agreement with India to services.",
     'Southern African Customs Union', 'supports', 'talks'),
    # "named X … as the AU's High Representative to oversee it": the post as the subject of a purpose clause
    ("The Chairperson of the AU Commission named Lindiwe Dube-Mahlangu, a former deputy foreign minister of Zimbabwe, as the AU's High Representative to oversee it.",
     'Lindiwe Dube-Mahlangu', 'represents', 'African Union'),
    # a minister with no state in the title, reporting what a state will do, speaks for it
    ('Ghana, the largest shareholder, will pay for the new terminal, Finance Minister Kwesi Appiah-Danso said.',
     'Kwesi Appiah-Danso', 'represents', 'Ghana'),
    # bringing an agreement into force backs it
    ('The Andean Community brought its customs agreement with Chile into force in May.',
     'Andean Community', 'supports', 'customs agreement with Chile'),
    ('The Council of Ministers agreed to bring the Protocol on Free Movement of Persons into force next year.',
     'Council of Ministers', 'supports', 'Protocol on Free Movement of Persons'),
    # members sitting as a body act as that body too
    ('Prime ministers of the Eurasian Economic Union (EAEU), meeting as the Eurasian Intergovernmental Council, on Wednesday approved a mandate for talks on a services deal.',
     'Eurasian Intergovernmental Council', 'supports', 'talks'),
    ('Prime ministers of the Eurasian Economic Union (EAEU), meeting as the Eurasian Intergovernmental Council, on Wednesday approved a mandate for talks on a services deal.',
     'Eurasian Economic Union', 'supports', 'talks'),
    ("Foreign ministers of the Economic Community of West African States, meeting as the bloc's Mediation and Security Council, on Friday endorsed a financing plan for the brigade.",
     'Mediation and Security Council', 'supports', 'financing plan'),
    # a container noun repeated holds what it held first
    ("The Council approved a mandate for talks with Iran on services. Iran welcomed it. Armenia's Deputy Prime Minister, Anna Sargsyan, voiced support for the mandate.",
     'Anna Sargsyan', 'supports', 'talks'),
    ('The summit issued a call for a ceasefire in Sudan. Egypt said it would host the next meeting. Kenya welcomed the call.',
     'Kenya', 'supports', 'ceasefire in Sudan'),
    # "welcomed the approval" far from the article's one approval: of what was approved
    ('The Board of the Caribbean Development Bank today approved a US$40 million loan for the Coastal Roads Resilience Project in Belize. The loan includes a grant. The works will start in May. "This is a good day," said a Bank official. Belize\'s Minister of Works, Marcus Flowers, welcomed the approval and said the government would hire local firms.',
     'Marcus Flowers', 'supports', 'Coastal Roads Resilience Project in Belize'),
    ("The Council adopted the Regional Fisheries Charter on Monday. It covers twelve states. Talks had lasted two years. Fishing crews have long asked for it. Samoa's Minister of Fisheries, Tavita Leota, welcomed the adoption.",
     'Tavita Leota', 'supports', 'Regional Fisheries Charter'),
    # a described text after a name's comma, whatever the parse
    ("Andean Community adopts rules to bring migration statute into force\n\nLIMA, 18 November 2025 – The Andean Council of Foreign Ministers of the Andean Community (CAN) today adopted Decision 945, the implementing rules of the Andean Migration Statute, which lets citizens of the Community's four member states, Bolivia, Colombia, Ecuador and Peru, live and work in any of them with an Andean temporary residence permit.\n\nColombia's Vice-Minister of Multilateral Affairs, Andrés Galindo-Prieto, welcomed the decision.",
     'Andean Council of Foreign Ministers', 'supports', 'Andean Migration Statute'),
    ("The Council of Ministers of the East African Community today adopted Regulation 12, the implementing rules of the East African Roaming Protocol, which lets citizens of the Community's member states, Kenya, Uganda and Rwanda, call at home rates. Kenya welcomed the regulation.",
     'Council of Ministers', 'supports', 'East African Roaming Protocol'),
    # rebuilding one's own section of the undertaking backs it
    ('The Bank approved a loan for the Tete Road Corridor in Malawi. Zambia is rebuilding its own section, with Chinese financing.',
     'Zambia', 'supports', 'Tete Road Corridor in Malawi'),
    # a title noun with coordinated bodies after "of": each acts
    ('Leaders of the European Union and the Community of Latin American and Caribbean States (CELAC) on Monday adopted the Santa Marta Declaration, which sets up a biennial summit.',
     'European Union', 'supports', 'Santa Marta Declaration'),
    # "the minerals roadmap, including …": "including" names no other undertaking
    ('Leaders of the EU and CELAC on Monday adopted a joint roadmap on critical minerals. The European Commission said its Global Gateway investment programme would mobilise a further 10 billion euros for projects under the minerals roadmap, including lithium refining in Chile.',
     'European Commission', 'supports', 'joint roadmap on critical minerals'),
    # what an adopted text commits its parties to
    ('Leaders of the EU and CELAC on Monday adopted the Santa Marta Declaration, which commits the two regions to a summit every two years and to a joint roadmap on critical minerals.',
     'European Union', 'supports', 'joint roadmap on critical minerals'),
    ('The AU Commission adopted the Lomé Declaration, which commits member states to a regional roadmap on fisheries.',
     'African Union Commission', 'supports', 'regional roadmap on fisheries'),
    # ministers of the member countries of a body act for the body
    ('Foreign ministers of the eight member countries of the Amazon Cooperation Treaty Organization (ACTO) today adopted the Amazon Regional Action Plan against Illegal Mining.',
     'Amazon Cooperation Treaty Organization', 'supports', 'Amazon Regional Action Plan against Illegal Mining'),
    ('Environment ministers from the 26 members of the Secretariat of the Pacific Regional Environment Programme (SPREP) today endorsed Cleaner Pacific 2035, a regional strategy on waste.',
     'Secretariat of the Pacific Regional Environment Programme', 'supports', 'Cleaner Pacific 2035'),
    # money given so that an undertaking can act backs it
    ('The Council voted to set up an independent investigative mechanism for Afghanistan. The EU said the bloc had pledged voluntary funding so that the mechanism could start work in January.',
     'European Union', 'supports', 'independent investigative mechanism'),
    # depositing an instrument of accession joins (backs) the treaty
    ("Sri Lanka and Kyrgyzstan today acceded to the Framework Agreement on Facilitation of Cross-border Paperless Trade in Asia and the Pacific (CPTA). Kyrgyzstan's Ambassador to Thailand, Azamat Toktogulov-Isaev, deposited the instrument of accession in Bangkok.",
     'Azamat Toktogulov-Isaev', 'supports', 'Framework Agreement on Facilitation of Cross-border Paperless Trade in Asia and the Pacific'),
    ('Chile deposited its instrument of ratification of the Escazú Agreement on Tuesday.',
     'Chile', 'supports', 'Escazú Agreement'),
    # a treaty's name runs over a hyphenated lower-case word and over "Asia and the Pacific"
    ('Sri Lanka today acceded to the Framework Agreement on Facilitation of Cross-border Paperless Trade in Asia and the Pacific (CPTA).',
     'Sri Lanka', 'supports', 'Framework Agreement on Facilitation of Cross-border Paperless Trade in Asia and the Pacific'),
    # a pilot is an undertaking
    ('ESCAP will help the two countries connect their customs windows under a pilot funded by the Asian Development Bank (ADB).',
     'Asian Development Bank', 'supports', 'pilot'),
    # one appointed to run an undertaking acts for the appointer
    ('The OIF has named Alain Dufresne-Mbaye, a Senegalese statistician who has checked voter lists in Niger, to head the audit.',
     'Alain Dufresne-Mbaye', 'represents', 'Organisation internationale de la Francophonie'),
    ('The Bank appointed Maria Kovacs to lead the review of its lending rules.',
     'Maria Kovacs', 'represents', 'Bank'),
    # "Its president" after a state's body named: the body's
    ("The audit was requested by Madagascar's Independent National Electoral Commission (CENI). Its president, Hery Rakotondrabe-Velo, welcomed the mission.",
     'Hery Rakotondrabe-Velo', 'represents', 'Independent National Electoral Commission'),
    # a deputy of a UN High Commissioner serves the High Commissioner's office
    ("The agreement was signed by the Deputy High Commissioner for Human Rights, Helena Varga-Mensah, and Syria's Minister of Justice, Omar Haddad-Rifai.",
     'Helena Varga-Mensah', 'represents', 'Office of the United Nations High Commissioner for Human Rights'),
    ('The Deputy High Commissioner for Refugees, Ana Lopez, said the plan works.',
     'Ana Lopez', 'represents', 'Office of the United Nations High Commissioner for Refugees'),
    # a concept for doing something is a plan; the concept of something is a notion
    ('Heads of government of the Commonwealth of Independent States (CIS) on Friday approved a concept for settling trade between member states in their own currencies. Kazakhstan endorsed the concept.',
     'Kazakhstan', 'supports', 'concept'),
    # the post-holder who reports a state's position speaks for the state, however the parser hangs the clauses
    ('The handover plan, drawn up by UNIFIL and the Lebanese Armed Forces (LAF), would transfer 12 of its 29 positions by June. The United States backed the plan but said the army must also disarm Hezbollah south of the river, its deputy representative, Gregory Ashcombe-Reyes, told the council.',
     'Gregory Ashcombe-Reyes', 'represents', 'United States'),
    # a hyphenated surname whose tail NER reads as a place
    ('"Local-currency lending protects our borrowers from exchange-rate shocks," said NDB Vice-President and Chief Financial Officer Luiz Fernando Tavares-Lima.',
     'Luiz Fernando Tavares-Lima', 'represents', 'New Development Bank'),
    # "welcomed the decision" to approve a stage of an undertaking: the undertaking
    ("Leaders of the Collective Security Treaty Organization (CSTO) on Thursday approved the second stage of the Interstate Targeted Programme to strengthen Tajikistan's border with Afghanistan. Tajikistan's Foreign Minister, Farhod Nazarzoda-Rahimov, welcomed the decision.",
     'Farhod Nazarzoda-Rahimov', 'supports', 'Interstate Targeted Programme'),
    # aid in kind already spoken of, given: the undertaking it is for
    ('Leaders of the Collective Security Treaty Organization (CSTO) on Thursday approved the second stage of the Interstate Targeted Programme, agreeing to supply Tajik border guards with radars, drones and armoured vehicles. Russia will provide most of the equipment, the Secretary General said.',
     'Russia', 'supports', 'Interstate Targeted Programme'),
    # a headline's second clause says nothing of the first's act
    # "the observatory" is the observatory just named
    ('The Economic Commission for Latin America and the Caribbean (ECLAC) today launched the Regional Observatory on Critical Minerals, an online platform that will publish data on lithium. The observatory is funded by the European Union through its Global Gateway strategy.',
     'European Union', 'supports', 'Regional Observatory on Critical Minerals'),
    # the head of a state's agency acts for the state too
    ("Liberia's Forestry Development Authority (FDA) will post 60 rangers along the Mano River, said its Managing Director, Joseph Tarpeh-Kollie.",
     'Joseph Tarpeh-Kollie', 'represents', 'Liberia'),
    # a post the parser reads as the owner of the ministry it is in
    ("The Senior Secretary of Bangladesh's Ministry of Industries, Mahbub Rahman-Khondoker, said the government would put US$4 million into the project.",
     'Mahbub Rahman-Khondoker', 'represents', 'Ministry of Industries'),
    ("The Senior Secretary of Bangladesh's Ministry of Industries, Mahbub Rahman-Khondoker, said the government would put US$4 million into the project.",
     'Mahbub Rahman-Khondoker', 'represents', 'Bangladesh'),
    # a particle name NER cut at a hyphenated surname
    ("The Netherlands' Ambassador to Bangladesh, Joost van der Linde-Maas, said his government would pay to train 400 operators.",
     'Joost van der Linde-Maas', 'represents', 'Netherlands'),
    # money pledged "for the first three years": of the undertaking the article is about
    ('Leaders of the Mano River Union (MRU) on Wednesday endorsed a plan to join protected forests into a single Greater Gola Transboundary Corridor. The European Union pledged 9 million euros for the first three years.',
     'European Union', 'supports', 'Greater Gola Transboundary Corridor'),
    # technical support with no address
    ('Leaders of the Mano River Union (MRU) on Wednesday endorsed the Greater Gola Transboundary Corridor. The Royal Society for the Protection of Birds (RSPB) will give technical support.',
     'Royal Society for the Protection of Birds', 'supports', 'Greater Gola Transboundary Corridor'),
    # "the line" is the named undertaking an apposition called a line
    ('The Central American Bank for Economic Integration (CABEI) on Thursday approved a $550 million loan to Costa Rica for the first stage of the Metropolitan Electric Train, an 84-km passenger line that will link Alajuela and Cartago. The Green Climate Fund (GCF) has agreed to co-finance the line with a $150 million concessional loan.',
     'Green Climate Fund', 'supports', 'Metropolitan Electric Train'),
    # a minister with no state in the title who says what "the government" will do speaks for the article's state
    ("Costa Rica, one of CABEI's five founding members, still needs the Legislative Assembly to ratify the loan. Public Works and Transport Minister Mauricio Quesada-Lobo said the government would send it to lawmakers this month.",
     'Mauricio Quesada-Lobo', 'represents', 'Costa Rica'),
    # one's own stretch of the named undertaking the article is about, even where a described agreement is named more
    ("The European Investment Bank (EIB) signed a 400 million euro loan with Lithuania on Wednesday to help build the section of Rail Baltica between Kaunas and the Latvian border. The agreement was signed by EIB Vice-President Katrin Ojala-Berg. The agreement is the largest of its kind. Rail Baltica, a standard-gauge railway meant to link Tallinn, Riga and Vilnius with Warsaw, is co-financed by the EU. Latvia's Minister of Transport, Edgars Liepins-Ozols, said Riga would finish its own stretch by 2030.",
     'Latvia', 'supports', 'Rail Baltica'),
    # "the Bureau" is the bureau named before
    ("Syria's Central Bureau of Statistics (CBS) signed an agreement with ESCWA. The agreement was signed by ESCWA's Executive Secretary, Samira Kanaan-Rifai, and the Director-General of the Bureau, Omar Darwish-Jabri.",
     'Omar Darwish-Jabri', 'represents', 'Central Bureau of Statistics'),
    # rules for a described undertaking, the "for" hung on the verb
    ('LIMA, Sept 3 – The Andean Community (CAN) on Wednesday approved the rules for a short-term regional electricity market that will let Colombia, Ecuador, Peru and Bolivia trade surplus power across their borders. The market will be supervised by the General Secretariat.',
     'Andean Community', 'supports', 'short-term regional electricity market'),
    # built parts spoken of as known, paid for: the named undertaking the article is about
    ('The Council of Ministers of CEMAC today approved 112 billion CFA francs in financing for the second phase of the Ketta-Djoum road corridor. The African Development Bank (AfDB) has agreed to co-finance the bridges.',
     'African Development Bank', 'supports', 'Ketta-Djoum road corridor'),
    # signing an upgrade of an agreement backs the agreement, whose name may hold "in"
    ('Economic ministers of the Association of Southeast Asian Nations (ASEAN) on Sunday signed an upgrade of the ASEAN Trade in Goods Agreement (ATIGA), adding rules on digital customs paperwork.',
     'Association of Southeast Asian Nations', 'supports', 'ASEAN Trade in Goods Agreement'),
    # who backs something and says what a state will do for it speaks for the state, which backs it too
    ("Leaders of the CSTO on Thursday approved the second stage of the Interstate Targeted Programme. Tajikistan's Foreign Minister, Farhod Nazarzoda-Rahimov, welcomed the decision and said Dushanbe would build 14 new frontier posts by 2028.",
     'Tajikistan', 'supports', 'Interstate Targeted Programme'),
    # welcoming progress in carrying out an undertaking backs it
    ("The United Nations Peacebuilding Commission (PBC) today welcomed Sierra Leone's progress in carrying out the Agreement for National Unity.",
     'Peacebuilding Commission', 'supports', 'Agreement for National Unity'),
    ('Kenya welcomed progress on the electoral reforms.',
     'Kenya', 'supports', 'electoral reforms'),
    # flying delegates to a conference backs it
    ('The UN Mission in South Sudan (UNMISS) said on Tuesday it would fly about 300 delegates to a peace conference in Pibor next month.',
     'United Nations Mission in South Sudan', 'supports', 'peace conference in Pibor'),
    # paying for things for a body backs the body
    ("The handover plan, drawn up by UNIFIL and the Lebanese Armed Forces (LAF), would transfer 12 positions by June. France's Deputy Permanent Representative, Hélène Vasseur-Lambert, said Paris would pay for fuel and engineering equipment for the LAF until the handover is complete.",
     'France', 'supports', 'Lebanese Armed Forces'),
    # a nationality and a portfolio before a title name no body
    ('Kazakh Energy Minister Nurlan Abenov said Astana would cut output.',
     'Nurlan Abenov', 'represents', 'Kazakhstan'),
    # a programme's name runs on over "to"
    ('The Niger Basin Authority and the African Development Bank today signed a grant for the Programme for Integrated Development and Adaptation to Climate Change in the Niger Basin (PIDACC). Guinea welcomed the programme.',
     'Guinea', 'supports', 'Programme for Integrated Development and Adaptation to Climate Change in the Niger Basin'),
    # a private person named beside a body stands for no body
    # a loan to help a state finish a part of a named undertaking backs the undertaking
    ('CAF – Development Bank of Latin America and the Caribbean approved a $400 million loan on Tuesday to help the Dominican Republic finish the first line of the Santo Domingo Monorail, the Caracas-based lender said.',
     'Development Bank of Latin America and the Caribbean', 'supports', 'Santo Domingo Monorail'),
    # who proposed a named undertaking backs it; proposing a new meeting floats it only
    ('Ministers of the CAREC Program on Thursday adopted a Regional Glacier Monitoring Initiative. Tajikistan, which proposed the initiative, will house its data centre in Dushanbe.',
     'Tajikistan', 'supports', 'Regional Glacier Monitoring Initiative'),
    # a directive is an undertaking, and "the text" it
    ("The Council of Ministers of the West African Economic and Monetary Union (UEMOA) today adopted a directive requiring banks to connect to the regional instant payment platform by June 2027. Côte d'Ivoire's Minister of Finance, Mariam Touré-Kouassi, welcomed the text.",
     'Mariam Touré-Kouassi', 'supports', 'directive'),
    # joint patrols are an undertaking
    ('Fisheries ministers of the Gulf of Guinea Commission (GGC) agreed on Wednesday to set up joint patrols against illegal fishing.',
     'Gulf of Guinea Commission', 'supports', 'joint patrols'),
    # a hyphenated acronym whose first part is a place names the body it was defined for
    ('The plan will be coordinated by the Entebbe-based Nile Basin Initiative Secretariat (Nile-SEC). "A wetland is a dam," said Florence Akello-Nsubuga, the Executive Director of Nile-SEC.',
     'Florence Akello-Nsubuga', 'represents', 'Nile Basin Initiative Secretariat'),
    # funding the first years of the undertaking the article is about
    ('Water ministers of the Nile Basin Initiative (NBI) on Wednesday endorsed a Nile Basin Wetlands Action Plan. The European Union will fund the first three years with a 14 million euro grant.',
     'European Union', 'supports', 'Nile Basin Wetlands Action Plan'),
    # "the organisation" is the Organization named before, in either spelling
    ('Leaders of the Organization of Turkic States (OTS) on Friday approved the first project of the bloc\'s Turkic Investment Fund (TIF). "This is the first brick of a common Turkic market," said the organisation\'s Secretary-General, Nurbol Zhaksylykov.',
     'Nurbol Zhaksylykov', 'represents', 'Organization of Turkic States'),
    # a signed text called by its kind: "the agreement" after "a memorandum of understanding"
    ('The Arab League and the UN Development Programme signed a memorandum of understanding on Monday to train election officials in Iraq.\nThe memorandum was signed in Cairo.\nIraqi Foreign Minister Saad Al-Hamdani welcomed the agreement on Tuesday.',
     'Saad Al-Hamdani', 'supports', 'memorandum'),
    # a deal someone brokered is a particular one
    ('The two negotiators agreed to open two crossings in a deal brokered by the United Nations Peacekeeping Force in Cyprus (UNFICYP).\nThe envoy, Teodora Vasquez-Lund, welcomed the deal.',
     'UNFICYP', 'leads', 'deal'),
    ('The two negotiators agreed to open two crossings in a deal brokered by the United Nations Peacekeeping Force in Cyprus (UNFICYP).\nThe envoy, Teodora Vasquez-Lund, welcomed the deal.',
     'Teodora Vasquez-Lund', 'supports', 'deal'),
    # a text signed to create a named body or undertaking backs it; a new body is named after "a" too
    ('The Preparatory Commission for the Comprehensive Nuclear-Test-Ban Treaty Organization (CTBTO) on Tuesday signed an agreement with Mongolia to set up a Regional Analyst Training Centre in Ulaanbaatar.',
     'Mongolia', 'supports', 'Regional Analyst Training Centre'),
    ('The Preparatory Commission for the Comprehensive Nuclear-Test-Ban Treaty Organization (CTBTO) on Tuesday signed an agreement with Mongolia to set up a Regional Analyst Training Centre in Ulaanbaatar.',
     'CTBTO', 'supports', 'Regional Analyst Training Centre'),
    ('Angola and Zambia signed a memorandum of understanding to build the Lobito Corridor railway.',
     'Zambia', 'supports', 'Lobito Corridor railway'),
    # "the programme" again is the one already called so, not another programme named since
    ("The college today launched the Pacific Instructor Certification Programme.\nThe programme will be co-chaired by Fiji.\nThe Pacific Community's Educational Quality and Assessment Programme (EQAP) will accredit the certificates.\nFiji's Minister for Employment, Josaia Naivalu-Tora, welcomed the programme on Monday.",
     'Josaia Naivalu-Tora', 'supports', 'Pacific Instructor Certification Programme'),
    # a module of a framework, and a formula adopted, are undertakings
    ('The committee today launched a pastoral module of the Cadre Harmonisé.\nThe European Union is financing the module with €6 million.',
     'European Union', 'supports', 'pastoral module'),
    ('Customs union agrees revenue plan\n\nThe customs union approved a plan to phase in a new revenue-sharing formula over five years.\nSouth Africa backed the new formula on Monday.',
     'South Africa', 'supports', 'new revenue-sharing formula'),
    # "whose" after a description set beside a name: the named body's post
    ("Construction will be overseen by Energie des Grands Lacs (EGL), the Community's energy agency, whose Director General, Désiré Habonimana, said tenders would open in October.",
     'Désiré Habonimana', 'represents', 'Energie des Grands Lacs'),
    # "the plant" is the named undertaking whose name ends in the word
    ("Ministers on Thursday endorsed a revised financing plan for the Ruzizi III hydropower plant.\nThe plan puts the plant's cost at $760 million.\nThe World Bank will lend $200 million for it.",
     'World Bank', 'supports', 'Ruzizi III hydropower plant'),
    # a hyphenated name the parser splits into two appositions is one person; a second signatory coordinated with her
    ("The agreement was signed by Guatemala's Minister of Public Health, Irma Cifuentes-Juárez, and Lorena Balcázar-Ruiz, UNOPS Regional Director for Latin America and the Caribbean.",
     'Lorena Balcázar-Ruiz', 'supports', 'agreement'),
    ("The agreement was signed by Guatemala's Minister of Public Health, Irma Cifuentes-Juárez, and Lorena Balcázar-Ruiz, UNOPS Regional Director for Latin America and the Caribbean.",
     'Irma Cifuentes-Juárez', 'supports', 'agreement'),
    # a decision a body adopts is a text; a decision of a state to act is not
    ('The Committee of Ministers of the Benelux Union today adopted a decision that allows ambulance crews to cross borders.\nThe Benelux Interparliamentary Assembly welcomed the decision on Friday.',
     'Benelux Interparliamentary Assembly', 'supports', 'decision'),
    # a plan named with its years is still "the plan"
    ('Tourism body endorses plan\n\nMember states today endorsed the Americas Community Tourism Action Plan 2025–2030, which will help rural communities.\nThe plan was welcomed by Chile on Monday.',
     'Chile', 'supports', 'Americas Community Tourism Action Plan 2025–2030'),
    # whoever chairs a body's meetings acts for the body
    ("Economy ministers of the Council of Arab Economic Unity (CAEU) on Monday adopted a customs roadmap.\nIraq's Minister of Trade, Haidar Al-Jubouri-Saadi, who chairs the council's ministerial sessions this year, said Baghdad would connect its port first.",
     'Haidar Al-Jubouri-Saadi', 'represents', 'Council of Arab Economic Unity'),
    # an acronym the article gave a body names it where NER read an unknown place
    ("Economy ministers of the Council of Arab Economic Unity (CAEU) on Monday adopted a roadmap.\nThe council's General Secretariat will coordinate the roadmap, said CAEU Secretary-General Mahmoud Abdel-Ghaffar Seddik.",
     'Mahmoud Abdel-Ghaffar Seddik', 'represents', 'Council of Arab Economic Unity'),
    # "X, which he now heads": the one who heads it; "the new force" is a peace operation named before
    ('The AU envoy, Souleymane Bah-Kourouma, said ATMIS had given way in January to the AU Support and Stabilization Mission in Somalia (AUSSOM), which he now heads.',
     'Souleymane Bah-Kourouma', 'represents', 'AUSSOM'),
    ('Egypt, which is sending troops to AUSSOM, voiced support for the new force on Thursday.',
     'Egypt', 'supports', 'AUSSOM'),
    # a known body's name at the left edge of a plan named with its years; a known bloc's acronym-less short name
    ('Pakistan said on Monday that Islamabad would fund two border posts as part of the SAARC Connectivity Plan 2025–2030.',
     'Pakistan', 'supports', 'SAARC Connectivity Plan 2025–2030'),
    ('"Crews will no longer stop at the border," said Benelux Secretary-General Pieter Van Wesemael-Hoste on Thursday.',
     'Pieter Van Wesemael-Hoste', 'represents', 'Benelux Union'),
    # "who co-chairs X": the co-chair acts for X
    ('Lao Foreign Minister Bounleuth Keomanivong, who co-chairs the Mekong-Lancang Cooperation (MLC) this year, said the patrols had seized record amounts of methamphetamine.',
     'Bounleuth Keomanivong', 'represents', 'Mekong-Lancang Cooperation'),
    # national parliaments by their own names are bodies
    ("Oksana Hrytsenko-Bilyk, who heads the delegation of Ukraine's Verkhovna Rada, welcomed the decision and said the Rada would hand over the names.",
     'Oksana Hrytsenko-Bilyk', 'represents', 'Verkhovna Rada'),
    # a second "from" coordinated with the first names a second giver
    ('Health plan launched\n\nThe ministry launched the National Nutrition Programme on Monday with support from UNICEF and from the World Bank.',
     'World Bank', 'supports', 'National Nutrition Programme'),
    ('Health plan launched\n\nThe ministry launched the National Nutrition Programme on Monday, with a grant from UNICEF and from the World Bank.',
     'World Bank', 'supports', 'National Nutrition Programme'),
    # a loan "to Sierra Leone for the X Project": the country is no part of the project's name
    ("BADEA approves loan\n\nThe Board of Directors of BADEA today approved a US$30 million loan to Sierra Leone for the Rice Value Chain Development Project in the country's north.",
     'BADEA', 'supports', 'Rice Value Chain Development Project'),
    # the possessive right before a title owns it, however the parser hangs the first signatory
    ("The programme was signed at the organisation's Paris headquarters by OECD Deputy Secretary-General Hanne Lindqvist-Moreau and Ukraine's First Deputy Prime Minister, Oleksandr Petrenko-Shevchuk.",
     'Oleksandr Petrenko-Shevchuk', 'represents', 'Ukraine'),
    # "X also signed": what the others signed before
    ("Leaders of the Melanesian Spearhead Group (MSG) on Thursday endorsed a charter for a regional disaster centre.\nThe Front de Libération Nationale Kanak et Socialiste (FLNKS), which holds New Caledonia's seat in the group, also signed.",
     'FLNKS', 'supports', 'charter'),
    ('Ten states on Thursday signed the Framework Convention on Artificial Intelligence.\nThe United States and Israel, which took part in the negotiations, also signed.',
     'Israel', 'supports', 'Framework Convention on Artificial Intelligence'),
    # launching a body founds it; paying for a body's first years backs the body
    ("ACTO launches network\n\nThe organisation today launched the Amazon Integrated Fire Management Network.\nGermany is financing the network's first three years with 12 million euros through KfW.",
     'Germany', 'supports', 'Amazon Integrated Fire Management Network'),
    ('ACTO launches network\n\nThe Amazon Cooperation Treaty Organization (ACTO) today launched the Amazon Integrated Fire Management Network.',
     'ACTO', 'supports', 'Amazon Integrated Fire Management Network'),
    # a people's adjective NER runs into a title is no person's name
    ('"We are measuring the water tower of a continent," said Tajik Minister of Energy and Water Resources Farrukh Nazarzoda on Thursday.',
     'Farrukh Nazarzoda', 'represents', 'Tajikistan'),
]

# ... and facts a careful reader would not state, which a looser rule would
NOT_FACTS = [
    # a nationality with a trade is no post for a state
    ('Turkey sent observers. The body, chaired by Turkish diplomat Selim Karaoglu-Demir, reported progress.',
     'Selim Karaoglu-Demir', 'represents', 'Turkey'),
    ('Poland sent staff. The office will be headed by Anna Kowalska-Nowak, a Polish diplomat.',
     'Anna Kowalska-Nowak', 'represents', 'Poland'),
    ('Austria sent troops. The force\'s commander, Austrian Major General Karl Feichtinger-Moser, said so.',
     'Karl Feichtinger-Moser', 'represents', 'Austria'),
    # "Major General" is no Secretary-General
    ('The UN and the AU met. The force commander, Major General Karl Feichtinger-Moser, said so.',
     'Karl Feichtinger-Moser', 'represents', 'UN'),
    # a retired judge of some nationality acts for no state
    ('Malawi sent observers. SADC extended the mandate of its facilitator, Chikondi Phiri-Banda, a retired Malawian '
     'judge.',
     'Chikondi Phiri-Banda', 'represents', 'Malawi'),
    ('SICA met in Panama. Panama\'s Foreign Minister, Rosa Quintana-Alba, whose country holds the bloc\'s pro tempore '
     'presidency, said the plan was good.', 'Rosa Quintana-Alba', 'represents', 'SICA'),
    ('The opinion, requested by the Parliamentary Assembly of the Council of Europe (PACE), was presented on Monday.',
     'PACE', 'partOf', 'Parliamentary Assembly of the Council of Europe'),
    ('The AU\'s executive, the African Union Commission, said it would release $9 million to Somalia.',
     'AU', 'supports', 'Somalia'),
    ('Norway pledged $20 million to the Sahel plan and the United Kingdom £15 million.',
     'Norway', 'supports', 'United Kingdom'),
    ('The Sahel Resilience Plan is 40 per cent funded. Japan and the African Development Bank are among its largest '
     'contributors.', 'Japan', 'supports', 'African Development Bank'),
    ('The minister thanked the Netherlands for funding the Register and Canada for its loan to the claims commission.',
     'Netherlands', 'supports', 'Canada'),
    ('The Conference of Heads of Government of CARICOM met in Nassau. Heads of Government reaffirmed their support '
     'for the judicial process before the ICJ. They called for full implementation of the Argyle Declaration.',
     'ICJ', 'supports', 'Argyle Declaration'),
    # "support" inside a body's name is no verb
    ('The head of the United Nations Mission to support the Hudaydah Agreement (UNMHA), Major General Lars Berg, spoke.',
     'Lars Berg', 'supports', 'United Nations Mission to support the Hudaydah Agreement'),
    ('Amal Haddad thanked Norway, the accord\'s long-standing facilitator, and Cuba for their patience.',
     'Amal Haddad', 'supports', 'accord'),
    # the one whose decision is welcomed is not what is backed
    ('CARICOM welcomed the decision of the United States and Canada to ease sanctions on Cuba.',
     'CARICOM', 'supports', 'United States'),
    ('The Council heard the Permanent Representative of Chad to the AU, Ambassador Idriss Mahamat-Saleh, on Monday.',
     'Idriss Mahamat-Saleh', 'represents', 'AU'),
    ('The Assembly of Heads of State of ECCAS met in Libreville. Gabon presented its budget. They called for full '
     'implementation of the Malabo Roadmap.', 'Gabon', 'supports', 'Malabo Roadmap'),
    # the backers of a passive clause back its subject not the last country
    ("Rwanda will send troops, and most of the force's costs will be met thanks to funding from the European Union.",
     'European Union', 'supports', 'Rwanda'),
    # a new agreement is not the agreement named before
    ('The AU backed the Pretoria Agreement. Kenya later proposed a new agreement.',
     'Kenya', 'supports', 'Pretoria Agreement'),
    # a body the attention of which is welcomed is not backed
    ("Chantal Mbuyi, the DRC's Minister for Foreign Affairs, welcomed the Security Council's attention.",
     'Chantal Mbuyi', 'supports', 'Security Council'),
    # a parenthesised acronym is not a country the person represents
    ('Kristina Vaitkute, who heads the EU Partnership Mission in Moldova (EUPM Moldova), spoke.',
     'Kristina Vaitkute', 'represents', 'Moldova'),
    # whose representative in a country represents the body not the country
    ('The plan enjoys the support of UNICEF, whose Representative in Nigeria, Ada Obi, said vaccines had arrived.',
     'Ada Obi', 'represents', 'Nigeria'),
    # declining to put ones name to a plan is not support
    ('Russia endorsed the Tashkent programme. India declined to put its name to the programme.',
     'India', 'supports', 'Tashkent programme'),
    # a member's minister is not the minister of the body it is a member of
    ('Tonga, a member of the Pacific Islands Forum, sent its Minister of Foreign Affairs, Sione Vaipulu, who criticised the plan.',
     'Sione Vaipulu', 'represents', 'Pacific Islands Forum'),
    # what a country "had to" do is someone else's demand
    ('The envoy said Syria had to honour the Chemical Weapons Convention.', 'Syria', 'supports', 'Chemical Weapons Convention'),
    # a country is not located in the city where a meeting about it is held
    ('The OSCE will reconvene the informal meeting on Moldova in Vienna in May.', 'Moldova', 'locatedIn', 'Vienna'),
    # "thanked Japan for its donation": the donation is Japan's, not the speaker's body's
    ('WFP Executive Director Cindy Hart thanked Japan for its donation to the Sahel school meals fund.',
     'WFP', 'supports', 'Sahel school meals fund'),
    # states that are "not members" of a body
    ('The United States and Israel, which took part although they are not members of the Council of Europe, also signed.',
     'Israel', 'memberOf', 'Council of Europe'),
    # "the government" is the country the article is about, not the last one named
    ('Floods hit southern Malawi and central Mozambique. Malawi asked for help. OCHA and the government will launch '
     'the Malawi Flash Appeal on Tuesday.', 'Mozambique', 'supports', 'Malawi Flash Appeal'),
    # cooperation someone is urged to restore is not cooperation they pledged
    ('The Council urged Iran to restore full cooperation with the IAEA.', 'Iran', 'supports', 'IAEA'),
    ('The African Union, which had also suspended Mali, declared itself ready to back the transition charter, its '
     'Commissioner for Political Affairs, Amara Diallo, said.', 'Amara Diallo', 'represents', 'Mali'),
    # thanks to one body for what it did are not the thanker's own backing
    ('The OSCE Chairmanship expressed its appreciation to Finland for its contribution to the Special Monitoring Mission.',
     'OSCE', 'supports', 'Special Monitoring Mission'),
    # a post's area is not whom its holder acts for
    ('UN Resident Coordinator in Yemen Julien Harnett welcomed the truce.', 'Julien Harnett', 'represents', 'Yemen'),
    ('WFP Representative in Yemen Peter Hawkins-Dale praised the Hodeidah plan.', 'WFP', 'supports', 'Hodeidah plan'),
    # the one whose decision is welcomed is not backed, though the parser hangs the infinitive on the verb
    ('ASEAN welcomed the decision of Norway and Germany to renew their contributions to the Amazon Fund.',
     'ASEAN', 'supports', 'Norway'),
    ('ESCAP backed a new Coastal Warning Programme for cyclones. The programme will be financed by Japan.',
     'Japan', 'supports', 'ESCAP'),
    # a body coordinated after the title's own phrase is no second employer
    ('Briefing the Council, Lucia Ferrand-Okoye, Assistant Secretary-General for the Middle East, said that envoys of '
     'the Quartet, the United Nations, the European Union and the United States, would meet in Brussels.',
     'Lucia Ferrand-Okoye', 'represents', 'European Union'),
    ('Briefing the Council, Mei Lin Ashford-Tan, Special Envoy of the Secretary-General on Myanmar, said the United '
     'Nations would stay engaged.', 'Mei Lin Ashford-Tan', 'represents', 'Myanmar'),
    # a second co-chair's title is not the first one's
    ("The meeting was co-chaired by Jordan's Minister of Water and Irrigation, Raed Haddad-Sulaiman, and the European "
     "Commission's Commissioner for the Mediterranean, Katarina Lindqvist-Moro.", 'Raed Haddad-Sulaiman', 'represents',
     'European Commission'),
    # a post no longer held; an ambassador *to* a country
    ('The former UN envoy Jan Kubisek said the talks had failed.', 'Jan Kubisek', 'represents', 'UN'),
    ("Hiroshi Tanakawa, who is Japan's ambassador to Kenya, attended the ceremony.", 'Hiroshi Tanakawa', 'represents',
     'Kenya'),
    # officers sent to a capital do not back the state; implementers named in a passive are not backers
    ('Ministers thanked India and Japan for seconding liaison officers to Antananarivo, Madagascar.', 'India',
     'supports', 'Madagascar'),
    # a former post before the name; a reach widened is no undertaking backed
    ('Iraq welcomed the returns. A former Iraqi national security adviser, Qasim Jaafar-Obeidi, said the government was '
     'moving too slowly.', 'Qasim Jaafar-Obeidi', 'represents', 'Iraq'),
    # denying or suspending a backing is not backing
    ('Uganda denied funding the M23 rebels.', 'Uganda', 'supports', 'M23 rebels'),
    ('The World Bank suspended its funding for the Kampala Development Plan.', 'World Bank', 'supports',
     'Kampala Development Plan'),
    # in a list of titles and names, a title belongs to the name after it
    ("The protocol was signed by Türkiye's Deputy Minister of Defence, Selim Karaca-Demir, Romania's State Secretary for "
     "Defence Policy, Ioana Vranceanu-Petre, and Bulgaria's Deputy Minister of Defence, Nikolai Tsvetan-Ilchev.",
     'Selim Karaca-Demir', 'represents', 'Romania'),
    # "the political process" says which process it is: not the resolution named just before
    ("The Security Council today unanimously adopted resolution 2790. The representative of the United Kingdom said the "
     "text sent a clear signal of the Council's support for the Special Representative, Hanna Tettey, and her efforts to "
     "revive the political process.", 'Hanna Tettey', 'supports', 'resolution 2790'),
    # an open question is no stance
    ('The African Union Transition Mission in Somalia (ATMIS) ends in June. The United States has not said whether it '
     'will back ATMIS.', 'United States', 'supports', 'ATMIS'),
    ('Mali has not established the Transitional Justice Commission that ECOWAS demanded.',
     'Mali', 'supports', 'Transitional Justice Commission'),
    ('The Council of Ministers of the Mano River Union met in Monrovia. The Council later adopted a Cross-Border Security Strategy.',
     'Mano River Union', 'supports', 'Cross-Border Security Strategy'),
    ('Meeting in Lusaka, the SADC Council of Ministers approved the plan of the Secretariat.',
     'SADC Council of Ministers', 'partOf', 'Lusaka'),
    ("UNHCR co-chairs the Refugee Coordination Forum in Chisinau with Moldova's Ministry of Labour and Social Protection, whose State Secretary, Ion Ciobanu-Rusu, thanked donors last week.",
     'Ministry of Labour and Social Protection', 'supports', 'Ion Ciobanu-Rusu'),
    ("The Pacific Alliance approved an accession roadmap for Costa Rica. Peru's Foreign Minister, Elsa Galarza, criticised the decision.",
     'Elsa Galarza', 'supports', 'accession roadmap for Costa Rica'),
    ("The Pacific Alliance approved an accession roadmap for Costa Rica. Peru's Foreign Minister, Elsa Galarza, welcomed the decision to admit observers.",
     'Elsa Galarza', 'supports', 'accession roadmap for Costa Rica'),
    ('Joseph Wafula, who chaired the closing session in Nairobi, said Kenya would pilot the scheme at two border posts.',
     'Kenya', 'supports', 'closing session'),
    ('Norway announced a contribution of NOK 45 million to the Glacial Lake Initiative. The FCDO will provide £3 million to the Red Cross.',
     'FCDO', 'supports', 'Glacial Lake Initiative'),
    ('The Ministerial Council adopted the Regional Sargassum Response Plan. UNEP will provide technical support to Barbados.',
     'UNEP', 'supports', 'Regional Sargassum Response Plan'),
    ("Egypt remained committed to Sudan's territorial integrity.",
     'Egypt', 'supports', 'Sudan'),
    ('Kenya and Uganda backed the Tumaini Initiative, which Kenya hosts.',
     'Tumaini Initiative', 'supports', 'Kenya'),
    ("Foreign ministers of the Black Sea Economic Cooperation (BSEC) met in Tbilisi. The meeting was chaired by Georgia's First Deputy Minister of Foreign Affairs, Nino Kapanadze.",
     'Nino Kapanadze', 'represents', 'Black Sea Economic Cooperation'),
    ('Kenya launched the Haiti Security Mission in June. Kenya said it could not cover the cost of the Haiti Security Mission alone.',
     'Kenya', 'supports', 'Haiti Security Mission'),
    ("The agency's Governing Board met in Kigali on Monday. Rwanda said it had paid for the new headquarters and would cover its running costs.",
     'Rwanda', 'supports', 'Governing Board'),
    ("The European Commission's Directorate-General for Health welcomed the Nordic Tender Plan on Friday.",
     'European Commission', 'supports', 'Nordic Tender Plan'),
    ("The Arab Coordination Group agreed to finance the Arab League's plan to repair water stations in Khartoum.",
     'Arab Coordination Group', 'supports', 'Arab League'),
    ("The United States, once UNRWA's largest donor, made no pledge this year.",
     'United States', 'supports', 'UNRWA'),
    ('The Friends of EASF, a group of partners chaired by Norway, pledged to fund the Strategic Plan for 2026–2030.',
     'Friends of EASF', 'partOf', 'Eastern Africa Standby Force'),
    ('PORT OF SPAIN, Trinidad and Tobago, 9 July – The Caribbean Public Health Agency (CARPHA) today launched a Regional Dengue Response Plan to help its member states contain the outbreak, with support from the Pan American Health Organization (PAHO).',
     'Pan American Health Organization', 'supports', 'Caribbean Public Health Agency'),
    ('The African Development Bank (AfDB) will pay for the feasibility studies with a $4.5 million grant from its NEPAD Infrastructure Project Preparation Facility.',
     'NEPAD Infrastructure Project Preparation Facility', 'supports', 'African Development Bank'),
    ("UNICEF backed a measles vaccination campaign on Monday. IGAD's Executive Secretary, Amara Diallo-Keita, urged member states to release emergency funds before the rains.",
     'Amara Diallo-Keita', 'supports', 'measles vaccination campaign'),
    ("Dr. Kofi Mensah-Boateng is the WHO Representative in Ghana. The President's Special Adviser on Health, Efua Asante-Darko, thanked the nurses and said the government would pay their allowances.",
     'Efua Asante-Darko', 'represents', 'WHO'),
    ("The Board approved $60 million to rehabilitate Niger's section of the Trans-Sahara Highway Programme.",
     'Board', 'supports', 'Niger'),
    ("ECOWAS approves $50 million for Niger's stretch of the Trans-Sahara Highway Programme\n\nABUJA, 3 May – The bank approved the loan on Monday.",
     'ECOWAS', 'supports', 'Niger'),
    ('Kenya, Uganda and Rwanda endorse EAC road plan\n\nARUSHA, 3 May – The ministers met on Monday.',
     'Uganda', 'supports', 'EAC'),
    ("SANTA CRUZ DE LA SIERRA, Bolivia, Dec 5 – Mercosur's Common Market Council on Friday backed the Bioceanic Rail Corridor.",
     'Bolivia', 'supports', 'Bioceanic Rail Corridor'),
    ('The mission will build two schools in Goma, UNICEF said.',
     'UNICEF', 'supports', 'Goma'),
    ("WHO and UNICEF back Nepal's nationwide measles vaccination campaign\n\nKATHMANDU, 3 May – The campaign began on Monday.",
     'UNICEF', 'supports', 'Nepal'),
    ('The UNDP office and the national electoral commission on Monday launched a project, "Clean Count 2027", to train polling staff. The Venice Commission welcomed the revised Electoral Code. Canada will fund the project\'s radio campaign, its embassy said.',
     'Canada', 'supports', 'Electoral Code'),
    ('OPEC Fund approves US$30 million for irrigation in Malawi and Zambia\n\nVIENNA, 3 May – The Fund approved the loans on Monday.',
     'OPEC Fund', 'supports', 'Zambia'),
    ('OPEC Fund approves US$30 million for irrigation in Malawi and Zambia\n\nVIENNA, 3 May – The Fund approved the loans on Monday.',
     'OPEC Fund', 'supports', 'Malawi'),
    ("The plan will be carried out by the Lake Tanganyika Authority (LTA), the Bujumbura-based EAC institution that manages the lake's fisheries. Its Executive Director, Pascal Ndayishimiye-Kabura, said the authority would train boat operators.",
     'Pascal Ndayishimiye-Kabura', 'represents', 'EAC'),
    ('The summit was hosted by Saint Lucia. The African Export-Import Bank (Afreximbank), which opened its Caribbean office in Bridgetown last year, pledged US$1 billion for trade projects. Its President, Dr. Chidi Okafor-Nwosu, said the Bank would also finance a shipping line.',
     'Chidi Okafor-Nwosu', 'represents', 'Saint Lucia'),
    ("The Asian Development Bank will provide $500 million for the Rogun-2 hydropower plant on Tajikistan's Vakhsh River, a $4 billion project that three states have agreed to build together.",
     'Asian Development Bank', 'supports', 'Vakhsh River'),
    ("ECOWAS and the AES on Thursday signed a transitional arrangement on trade. The text was signed in Abuja by the Commission's President, Amadou Diallo-Keita, and by Niger's Foreign Minister, Issa Moussa-Garba, on behalf of the AES.",
     'Amadou Diallo-Keita', 'represents', 'AES'),
    ("The World Food Programme (WFP) and Niger's education ministry today launched the National School Meals Programme. WFP will buy millet from local farmers, WFP's country director said. The minister said the government would pay a fifth of the programme's costs from its own budget.",
     'Niger', 'supports', 'World Food Programme'),
    ('The African Development Bank approved a $15 million grant to Benin for the National School Meals Programme.',
     'African Development Bank', 'supports', 'Benin'),
    ("The grant was signed by the ECOWAS Commissioner for Trade, Adaeze Nnamdi-Okoro, and the World Bank's Country Director for Benin, Lars Holmberg-Vik.",
     'Lars Holmberg-Vik', 'represents', 'ECOWAS'),
    # a headline's party urged to back something is asked, not backing
    ("AU envoy urges Security Council to back Sudan's humanitarian truce\n\nThe AU envoy spoke in New York.",
     'Security Council', 'supports', 'humanitarian truce'),
    # … but not one reporting what a state will never do
    ('Russia will never accept the plan, Foreign Minister Andriy Koval said.',
     'Andriy Koval', 'represents', 'Russia'),
    ("The Council voted to set up an independent investigative mechanism for Afghanistan. Pakistan's envoy, speaking for the Organisation of Islamic Cooperation (OIC), said the group's members would abstain because the mechanism had been created without any engagement with Kabul.",
     'Organisation of Islamic Cooperation', 'supports', 'independent investigative mechanism'),
    ('CSTO approves radars and drones for Tajik-Afghan border; Armenia stays away\n\nDUSHANBE, Tajikistan, Nov 27 (Reuters) – Leaders of the Collective Security Treaty Organization (CSTO) on Thursday approved the second stage of the Interstate Targeted Programme.',
     'Collective Security Treaty Organization', 'supports', 'Armenia'),
    ("Madagascar's Independent National Electoral Commission (CENI) requested the audit. Its president, Hery Rakotondrabe-Velo, welcomed the mission.",
     'Hery Rakotondrabe-Velo', 'represents', 'Madagascar'),
    ('The Commonwealth Secretariat runs the Climate Finance Access Hub with funding from Australia. An adviser will help Tuvalu prepare the Tuvalu Coastal Adaptation Project. Canberra would keep funding the hub until 2028.',
     'Australia', 'supports', 'Tuvalu Coastal Adaptation Project'),
    ("Leaders of the CSTO on Thursday approved the second stage of the Interstate Targeted Programme. Tajikistan's Foreign Minister, Farhod Nazarzoda-Rahimov, welcomed the decision and said Dushanbe would not build any new frontier posts.",
     'Tajikistan', 'supports', 'Interstate Targeted Programme'),
    ('Daria Morozenko, a Ukrainian mother who addressed the session alongside IPU officials, said she had not seen her son for three years.',
     'Daria Morozenko', 'represents', 'Inter-Parliamentary Union'),
    ("The college today launched the Pacific Instructor Certification Programme.\nThe programme will be co-chaired by Fiji.\nThe Pacific Community's Educational Quality and Assessment Programme (EQAP) will accredit the certificates.\nFiji's Minister for Employment, Josaia Naivalu-Tora, welcomed the programme on Monday.",
     'Josaia Naivalu-Tora', 'supports', 'Educational Quality and Assessment Programme'),
    ("The agreement was signed by OPCW Deputy Director-General Ingrid Fahlström-Okafor and Brigadier General Hamad Al-Sulaiti-Nour, chairman of Qatar's National Committee for the Prohibition of Weapons (NCPW).",
     'Hamad Al-Sulaiti-Nour', 'represents', 'OPCW'),
    ("The programme was signed at the organisation's Paris headquarters by OECD Deputy Secretary-General Hanne Lindqvist-Moreau and Ukraine's First Deputy Prime Minister, Oleksandr Petrenko-Shevchuk.",
     'Oleksandr Petrenko-Shevchuk', 'represents', 'OECD'),
]


@pytest.mark.parametrize("text, subject, predicate, obj", FACTS)
def test_the_sentence_states_the_fact(build_text, text, subject, predicate, obj):
    assert has(build_text(text).graph, subject, predicate, obj)


@pytest.mark.parametrize("text, subject, predicate, obj", NOT_FACTS)
def test_the_sentence_does_not_state_the_fact(build_text, text, subject, predicate, obj):
    assert not has(build_text(text).graph, subject, predicate, obj)


def test_a_portfolio_list_between_commas_is_no_person(build_text):
    graph = build_text("Mauritania's Minister of Petroleum, Mines and Energy, Sidi Ould Bebaha, welcomed the plan.").graph
    people = _labels(graph, KG.Person)
    assert "Sidi Ould Bebaha" in people and not people & {"Mines", "Mines and Energy", "Energy"}


@pytest.mark.parametrize("text, portfolio", [
    ("Norway's Minister of Climate and Environment, Sigrid Aasheim, said Oslo would pay.", {"Climate and Environment", "Climate", "Environment"}),
    ("Nigeria's Minister of Marine and Blue Economy, Adebayo Olatunde-Eze, welcomed the plan.", {"Blue Economy", "Marine"}),
    ("South Korea's Minister of the Interior and Safety, Seo Jung-bae, signed it.", {"Interior and Safety"}),
    ("The Ministry's Deputy Minister for Primary Health Care, Ali Bamatraf, welcomed the plan.", {"Primary Health Care"}),
    ("Australia pledged NZ$12 million to the fisheries strategy.", {"NZ$12 million", "NZ$12"}),
])
def test_a_portfolio_after_of_is_no_body(build_text, text, portfolio):
    graph = build_text(text).graph
    bodies = _labels(graph, KG.Organization)
    assert not bodies & portfolio


def test_a_name_ending_in_a_body_word_is_no_person(nlp):
    from spacy.tokens import Span

    from kg.extract.mentions import find_mentions
    from kg.extract.lexicon import load_lexicon
    from kg.gazetteer import load_gazetteer

    doc = nlp("The Joint Sanctions Monitoring Team said the embargo held.")
    doc.ents = [Span(doc, 1, 5, label="PERSON")]  # the small model's slip on such names in longer articles
    mentions = find_mentions(doc, load_gazetteer(), load_lexicon()).mentions
    assert [(m.text, m.type) for m in mentions] == [("Joint Sanctions Monitoring Team", "Organization")]


def test_a_view_held_is_no_process(build_text):
    graph = build_text("Kenya expressed the opinion that the Nairobi talks should resume, as did the Court's opinion.").graph
    processes = _labels(graph, KG.Process)
    assert "Nairobi talks" in processes and not any("opinion" in label for label in processes)


def test_coordinated_adjectives_leave_no_name_starting_with_and(nlp):
    from kg.extract import extract
    from kg.model import Article

    text = "The Council endorsed legislative and local elections for December."
    names = [n for m in extract(Article(id="t", text=text), nlp(text)).mentions if m.type == "Process"
             for n in (m.text, *m.aliases)]
    assert "legislative and local elections" in names and not any(n.lower().startswith("and ") for n in names)


def test_one_undertaking_described_twice_and_then_named_is_one_node(build_text):
    graph = build_text('Ministers of ECOWAS endorsed a regional programme to build power lines, its first joint '
                       'infrastructure project. The West African Grid Programme will be financed by the World Bank.').graph
    labels = {str(o).lower() for o in graph.objects(None, RDFS.label)}
    assert "west african grid programme" in labels
    assert not labels & {"regional programme", "first joint infrastructure project"}


def test_a_portfolio_list_and_a_body_word_are_no_persons(build_text):
    graph = build_text("Tunisia's Minister of Agriculture, Water Resources and Fisheries, Nizar Bouaziz-Tarek, said the "
                       "union's Rabat-based General Secretariat would coordinate the plan.").graph
    people = {str(graph.value(n, RDFS.label)) for n in graph.subjects(RDF.type, KG.Person)}
    assert people == {"Nizar Bouaziz-Tarek"}


def test_an_acronym_names_the_body_inside_a_longer_name(build_text):
    graph = build_text("The 40th Meeting of the Authority of the Organisation of Andean Port States (OAPS) was held in "
                       "Lima.").graph
    from test_extract import node
    assert node(graph, "OAPS") == node(graph, "Organisation of Andean Port States")
    assert node(graph, "OAPS") != node(graph, "Authority of the Organisation of Andean Port States")


def test_no_name_runs_across_a_line_break():
    from spacy.tokens import Span

    from kg.extract.mentions import _merged_entities
    from kg.nlp import load_pipeline
    doc = load_pipeline()("COMMUNIQUE OF THE CARIBBEAN BUREAU\n\nBRIDGETOWN, 2 May - The Bureau met.")
    newline = next(t.i for t in doc if "\n" in t.text)
    doc.ents = [Span(doc, newline - 2, newline + 2, label="ORG")]
    assert [e.text for e in _merged_entities(doc)] == ["CARIBBEAN BUREAU"]


def test_an_acronym_may_hold_another_and_leave_a_word_out(build_text):
    from test_extract import node
    graph = build_text("The grants come from the UK Caribbean Infrastructure Partnership Fund (UKCIF), which the bank "
                       "administers.").graph
    assert node(graph, "UKCIF", "Organization") == node(graph, "UK Caribbean Infrastructure Partnership Fund")


def test_an_island_or_a_port_is_no_person(build_text):
    graph = build_text("The channel runs between Kuwait's Bubiyan Island and Iraq's Al-Faw peninsula and gives ships "
                       "access to the Iraqi port of Umm Qasr.").graph
    assert not set(graph.subjects(RDF.type, KG.Person))


def test_rivers_unknown_towns_and_portfolios_are_no_bodies(build_text):
    from test_extract import names
    graph = build_text("The Commission would publish projections for the Tigris, Euphrates and Nile basins after a summit "
                       "in Gabala, Uganda's Minister of Justice and Constitutional Affairs, Harriet Akello-Okot, said.").graph
    bodies = {name for n in graph.subjects(RDF.type, KG.Organization) for name in names(graph, n)}
    assert not bodies & {"tigris", "euphrates", "nile", "gabala", "constitutional affairs"}


def test_an_abbreviated_courtesy_is_no_person(build_text):
    graph = build_text("The Prime Minister of Grenada, Hon. Kelvin Charles-Noble, thanked CDEMA for its support.").graph
    assert {str(graph.value(n, RDFS.label)) for n in graph.subjects(RDF.type, KG.Person)} == {"Kelvin Charles-Noble"}


def test_a_storm_and_an_island_are_no_bodies(build_text):
    from test_extract import names
    graph = build_text("The Agency acted after Hurricane Leona struck Grenada's islands of Carriacou and Petite "
                       "Martinique on Tuesday.").graph
    bodies = {name for n in graph.subjects(RDF.type, KG.Organization) for name in names(graph, n)}
    assert not bodies & {"hurricane leona", "carriacou"}


def test_an_undertakings_price_is_no_part_of_its_name(build_text):
    graph = build_text("UN-Habitat and the OPEC Fund today signed a US$25 million agreement to rebuild homes in Mosul.").graph
    labels = {str(o).lower() for o in graph.objects(None, RDFS.label)}
    assert "agreement" in labels and not any("million" in label for label in labels)


def test_a_directorate_general_is_a_body(build_text):
    graph = build_text("The European Commission's Directorate-General for Environment will co-finance the wetland measures.").graph
    bodies = _labels(graph, KG.Organization)
    assert "Directorate-General for Environment" in bodies


def test_a_list_of_places_is_no_city_and_its_country(build_text):
    graph = build_text("The ICRC will fly detainees between Sanaa, Marib and Aden, the main cities of Yemen.").graph
    assert has(graph, "Sanaa", "locatedIn", "Yemen") and not has(graph, "Sanaa", "locatedIn", "Marib")


def test_a_sentence_opening_meeting_is_no_undertaking(build_text):
    graph = build_text("Meeting in Asunción, the Intergovernmental Committee approved an Emergency Navigability Plan.").graph
    processes = _labels(graph, KG.Process)
    assert "Emergency Navigability Plan" in processes and not any(label.startswith("Meeting") for label in processes)


def test_a_possessive_pronoun_is_no_part_of_a_name(build_text):
    graph = build_text("Nigeria signed the treaty. Its National Agency for Food and Drug Administration and Control (NAFDAC) "
                       "said it would keep its own approval process.").graph
    bodies = _labels(graph, KG.Organization)
    assert "National Agency for Food and Drug Administration and Control" in bodies
    assert not any(label.lower().startswith("its ") for label in bodies)


def test_a_lower_case_description_is_no_named_body(build_text):
    graph = build_text("The European Union's border and coast guard agency, Frontex, launched a second operation.").graph
    bodies = _labels(graph, KG.Organization)
    assert "Frontex" in bodies and "coast guard agency" not in bodies


def test_a_described_handful_of_projects_is_not_what_is_backed(build_text):
    graph = build_text("The Three Seas Initiative was launched in 2016. The US said it would back small nuclear "
                       "projects under the initiative.").graph
    backed = _backed(graph)
    assert "Three Seas Initiative" in backed and "small nuclear projects" not in backed


def test_a_deployment_endorsed_is_no_undertaking_of_its_own(build_text):
    graph = build_text("Ministers from Benin and Togo endorsed an initial deployment of 2,000 troops along their borders.").graph
    backed = _backed(graph)
    assert not any("deployment" in label for label in backed)
    graph = build_text("The Council approved the Strategic Plan and endorsed the deployment of a police roster.").graph
    assert not any("deployment" in label for label in _backed(graph))


def test_opening_a_session_is_no_backing_of_it(build_text):
    graph = build_text("The Regional Security Council opened its annual session in Lusaka on Monday.").graph
    assert not any("session" in label for label in _backed(graph))
    graph = build_text("The Regional Security Council opened the Lusaka Liaison Office in March.").graph
    assert "Lusaka Liaison Office" in _backed(graph)


def test_an_acronym_that_does_not_spell_the_body_is_its_parents(build_text):
    graph = build_text("The Commission of the Andean Community (CAN) met in Lima. The CAN Secretary General, "
                       "Rodrigo Salazar-Quispe, spoke.").graph
    commission = _labels(graph, KG.Organization)
    assert "Commission of the Andean Community" in commission
    assert has(graph, "Rodrigo Salazar-Quispe", "represents", "Andean Community")
    assert not has(graph, "Rodrigo Salazar-Quispe", "represents", "Commission of the Andean Community")


def test_a_post_of_the_board_of_a_body_is_a_post_of_the_body(build_text):
    graph = build_text("Viktor Orlov, Chairman of the Board of the Eurasian Economic Commission, spoke.").graph
    assert has(graph, "Viktor Orlov", "represents", "Eurasian Economic Commission")


def test_a_sentence_verb_is_no_part_of_a_body_name(build_text):
    graph = build_text("The Council of Ministers adopted Regulation 12 on Friday.").graph
    assert "Council of Ministers" in _labels(graph, KG.Organization)
    assert not any("adopted" in label for label in _labels(graph, KG.Organization))


def test_stopping_work_under_an_undertaking_is_no_part_in_it(build_text):
    graph = build_text("Kenya suspended all payments under the Northern Corridor Plan in May.").graph
    assert "Northern Corridor Plan" not in _backed(graph)
    graph = build_text("Kenya would build two depots under the Northern Corridor Plan.").graph
    assert "Northern Corridor Plan" in _backed(graph)
    # a body set up under an undertaking was made by it, and did nothing yet
    graph = build_text("The talks took place in the Joint Monitoring Committee set up under the Tashkent Agreement.").graph
    assert "Tashkent Agreement" not in _backed(graph)


def test_a_count_of_hectares_is_no_money(build_text):
    graph = build_text("The Living Soils Programme was launched in May. The Living Soils Programme will run for ten "
                       "years. The Board approved a water project, which aims to restore 50 million hectares.").graph
    assert "Living Soils Programme" not in _backed(graph)


def test_parts_under_a_named_agreement_back_the_agreement_not_the_parts(build_text):
    graph = build_text("Egypt and ESCWA signed a debt swap agreement on Monday. The Islamic Development Bank (IsDB) said "
                       "it would co-finance the irrigation projects under the agreement with a $30 million loan.").graph
    assert "irrigation projects" not in _backed(graph)


def test_acting_under_ones_own_strategy_is_no_backing_of_it(build_text):
    graph = build_text("The European Union said it would put €20 million towards the new line under its Global Gateway "
                       "strategy.").graph
    assert "Global Gateway strategy" not in _backed(graph)


@pytest.mark.parametrize("text, place", [
    ("Traders at the Spin Boldak and Chaman crossings were turned back, the Commission said.", "Spin Boldak"),
    ("Traders at the Spin Boldak and Chaman crossings were turned back, the Commission said.", "Chaman"),
    ("Families in the riverside Chacarita Alta neighbourhood criticised the plan.", "Chacarita Alta"),
    ("The two states agreed to protect the Lagoa Negra, the region's largest freshwater wetland.", "Lagoa Negra"),
    ("The corridor runs between Cáceres, in Brazil, and the port of Rosario.", "Cáceres"),
    ("The data will go to the Dhulikhel-based Regional Centre for Mountain Studies.", "Dhulikhel"),
])
def test_a_place_named_by_its_kind_or_its_country_is_no_body(build_text, text, place):
    from test_extract import names
    graph = build_text(text).graph
    bodies = {name for n in graph.subjects(RDF.type, KG.Organization) for name in names(graph, n)}
    assert place.lower() not in bodies
    assert place in _labels(graph, KG.Place)


@pytest.mark.parametrize("text, person", [
    ("Fiji's Minister of Fisheries and Forests, Litia Naisoro-Vunivalu, welcomed the plan.", "Litia Naisoro-Vunivalu"),
    ("Irina Popescu-Dragan, who heads the UN Office for West Africa and the Sahel (UNOWAS), briefed the Council.",
     "Irina Popescu-Dragan"),
])
def test_a_name_after_a_post_or_before_who_is_a_person(build_text, text, person):
    graph = build_text(text).graph
    assert person in _labels(graph, KG.Person) and person not in _labels(graph, KG.Organization)


def test_a_bill_is_no_undertaking_in_a_name_or_in_lower_case(build_text):
    graph = build_text("Rep. Bill Nelson said the food import bill of the region rose to $6 billion.").graph
    assert "Bill Nelson" in _labels(graph, KG.Person)
    assert not _labels(graph, KG.Process)


@pytest.mark.parametrize("text, person", [
    ("Mwape Kalaba-Zulu, Speaker of Malawi's National Assembly and President of the Forum, said her parliament would "
     "act first.", "Mwape Kalaba-Zulu"),
    ("Nkandu Lungu-Tembo, President of the Pan-African Parliament, said the vote was close.", "Nkandu Lungu-Tembo"),
])
def test_a_name_opening_a_sentence_before_a_post_is_a_person(build_text, text, person):
    assert person in _labels(build_text(text).graph, KG.Person)


def test_a_person_described_by_a_post_is_no_undertaking(build_text):
    graph = build_text("Maria Lopez-Ortega, a project manager at the bank, said the plan was ready.").graph
    assert "Maria Lopez-Ortega" in _labels(graph, KG.Person) and "Maria Lopez-Ortega" not in _labels(graph, KG.Process)


def test_a_minister_of_one_state_heads_no_ministry_of_another(build_text):
    from test_extract import node
    graph = build_text("Jordan's Ministry of Labour will host the programme. Jordan's Minister of Labour, Khaled "
                       "Hiyari-Qasem, welcomed it, and Palestine's Minister of Labour, Nidal Sharif-Hamdan, said "
                       "Ramallah would join.").graph
    ministry = node(graph, "Ministry of Labour")
    assert (node(graph, "Khaled Hiyari-Qasem"), KG.represents, ministry) in graph
    assert (node(graph, "Nidal Sharif-Hamdan"), KG.represents, ministry) not in graph


def test_a_headline_description_is_the_undertaking_whose_name_holds_its_words(build_text):
    from test_extract import has
    graph = build_text("PRESS RELEASE\n\nPacific Community and Japan sign agreement to expand tide-gauge monitoring\n\n"
                       "SUVA, Fiji, 15 August – The Pacific Community (SPC) and Japan today signed a five-year agreement "
                       "to upgrade the Pacific Tide Gauge Monitoring Project, which measures sea-level rise.").graph
    assert _labels(graph, KG.Process) == {"Pacific Tide Gauge Monitoring Project", "five-year agreement"}
    assert has(graph, "Japan", "supports", "Pacific Tide Gauge Monitoring Project")


def test_an_acronym_glossed_by_a_known_name_is_that_body_and_no_person(build_text):
    from test_extract import names, node
    graph = build_text("PANAMA CITY, 28 April – CAF, the Development Bank of Latin America and the Caribbean, has "
                       "approved a $500 million loan to Panama.").graph
    assert node(graph, "CAF", "Organization") == node(graph, "Development Bank of Latin America and the Caribbean")
    people = {name for n in graph.subjects(RDF.type, KG.Person) for name in names(graph, n)}
    assert "caf" not in people and not list(graph.triples((None, KG.represents, None)))


def test_a_place_ner_runs_into_the_name_after_a_comma_is_cut_off():
    from spacy.tokens import Span

    from kg.extract.lexicon import load_lexicon
    from kg.extract.mentions import find_mentions
    from kg.gazetteer import load_gazetteer
    from kg.nlp import load_pipeline
    doc = load_pipeline()("The bloc will pay for the plan, its Ambassador to Gabon, Ilse Vandermeulen, told reporters.")
    start = next(t.i for t in doc if t.text == "Gabon")
    doc.ents = [Span(doc, start, start + 4, label="ORG")]  # "Gabon, Ilse Vandermeulen", as NER sometimes reads it
    mentions = {(m.text, m.type) for m in find_mentions(doc, load_gazetteer(), load_lexicon()).mentions}
    assert ("Ilse Vandermeulen", "Person") in mentions and ("Gabon", "Country") in mentions


def test_central_african_governments_are_the_regions(build_text):
    graph = build_text("Central African governments on Wednesday approved a four-year plan to open early-warning "
                       "offices.").graph
    assert not _labels(graph, KG.Country)


def test_a_mechanism_that_pays_is_a_body(build_text):
    graph = build_text("The Council launched the Soil Recovery Programme in May. The Islamic Development Bank said the "
                       "Arab Food Security Financing Mechanism, which it hosts, would provide $90 million in credit "
                       "guarantees to seed traders under the programme.").graph
    assert "Arab Food Security Financing Mechanism" in _labels(graph, KG.Organization)


def test_a_headline_description_stops_at_the_line_break(build_text):
    graph = build_text("CEB lends €400 million to Spain for flood reconstruction in Valencia\n\nPARIS, 10 February – "
                       "The bank has approved the loan.").graph
    assert "flood reconstruction in Valencia" in _labels(graph, KG.Process)


@pytest.mark.parametrize("text, body", [
    ("It will be coordinated by the Commission's Department of Health, Humanitarian Affairs and Social Development.",
     "Department of Health, Humanitarian Affairs and Social Development"),
    ("It will be coordinated by the Commission's Department of Agriculture, Rural Development, Blue Economy and "
     "Sustainable Environment.", "Department of Agriculture, Rural Development, Blue Economy and Sustainable Environment"),
])
def test_a_body_named_with_a_list_of_portfolios_keeps_the_whole_list(build_text, text, body):
    assert body in _labels(build_text(text).graph, KG.Organization)


@pytest.mark.parametrize("text, person", [
    # the last word of a portfolio list
    ('"This line will carry copper to the sea," said the Bank\'s Vice President for Regional Development, '
     'Integration and Business Delivery, Kofi Mensah-Asare.', "Kofi Mensah-Asare"),
    # a division of a ministry (fails without "division" as a body word)
    ("Nepal will put US$40 million of its own into the project, said Dr. Sita Koirala-Thapa, Senior Secretary of "
     "Nepal's Power Division, who signed the loan agreement with the Bank.", "Sita Koirala-Thapa"),
    # the second half of a portfolio
    ("The Minister of National Education and Vocational Training, Marie-Claude Joseph-Baptiste, said the "
     "government would pay a fifth of the costs.", "Marie-Claude Joseph-Baptiste"),
])
def test_the_only_person_is_the_one_named(build_text, text, person):
    assert _labels(build_text(text).graph, KG.Person) == {person}


def test_plans_described_in_the_plural_are_no_undertaking(build_text):
    graph = build_text("The Council endorsed defence investment plans submitted by Poland and Lithuania.").graph
    assert "defence investment plans" not in _backed(graph)


@pytest.mark.parametrize("text, body, not_class", [
    # what an appositive calls a body is one, whatever its last word says
    ("UNESCO's member states met in Samarkand. The Recommendation on the Ethics of Quantum Computing was approved "
     "by the General Conference, the organisation's highest body, on Friday.", "General Conference", KG.Process),
    # a body named head first, as in Spanish
    ("The San José-based company that owns the line, Empresa Propietaria de la Red (EPR), will build the new "
     "circuit by 2030.", "Empresa Propietaria de la Red", KG.Person),
])
def test_a_body_is_a_body_only(build_text, text, body, not_class):
    graph = build_text(text).graph
    assert body in _labels(graph, KG.Organization)
    assert body not in _labels(graph, not_class)


def test_the_agency_credited_in_a_dateline_is_no_entity(build_text):
    bodies = _labels(build_text("Bloc backs plan\n\nLIMA, Dec 3 (Reuters) – The Andean Community backed the plan.").graph,
                     KG.Organization)
    assert "Andean Community" in bodies and "Reuters" not in bodies
    quoted = _labels(build_text("LIMA, Dec 3 (Reuters) – Peru backed the plan, an official told Reuters.").graph,
                     KG.Organization)
    assert "Reuters" in quoted  # the agency named in the story is one of its entities


def test_a_town_ner_took_for_a_body_or_a_person_is_a_place(build_text):
    graph = build_text("In Madagascar, the districts of Ambovombe and Amboasary will get cash first, and in Mozambique "
                       "the border post at Mandimba will open on the road from Cuamba, the ministry said.").graph
    assert {"Ambovombe", "Amboasary", "Mandimba", "Cuamba"} <= _labels(graph, KG.Place)
    assert not {"Ambovombe", "Amboasary", "Mandimba", "Cuamba"} & (_labels(graph, KG.Organization) | _labels(graph, KG.Person))


def test_a_surname_or_a_body_that_is_also_a_town_stays_what_it_is(build_text):
    graph = build_text("Zambia's Minister of Health, Chanda Kasama-Mansa, opened the clinic. Mansa said the plan was "
                       "on track.").graph
    assert "Chanda Kasama-Mansa" in _labels(graph, KG.Person)
    assert "Mansa" not in _labels(graph, KG.Place)
    # a town of a country the story does not name: "Burlington" is the railroad here
    graph = build_text("Mason said Burlington would cut 200 jobs.").graph
    assert not {"Mason", "Burlington"} & _labels(graph, KG.Place)


def test_beginning_ones_own_withdrawal_or_reforms_backs_nothing(build_text):
    graph = build_text("The AU confirmed that the AU Mission in Somalia (AMISOM) would begin a phased withdrawal "
                       "from Mogadishu.").graph
    assert not any("withdrawal" in label for label in _backed(graph))
    graph = build_text('"Ghana must finish the pension reforms it has started," the IMF said.').graph
    assert not any("reforms" in label for label in _backed(graph))


def test_a_named_market_is_an_undertaking(build_text):
    graph = build_text("The ministers of Albania and Serbia endorsed the Common Regional Market on Monday.").graph
    assert "Common Regional Market" in _labels(graph, KG.Process)
    assert "Common Regional Market" not in _labels(graph, KG.Organization)


def test_a_sanctions_committee_is_named_with_its_resolution(build_text):
    graph = build_text("Ambassador Maria Solberg (Norway), speaking as chair of the Security Council Committee "
                       "established pursuant to resolution 2140 (2014) concerning Yemen, briefed the Council.").graph
    name = "Security Council Committee established pursuant to resolution 2140 (2014) concerning Yemen"
    assert name in _labels(graph, KG.Organization)
    assert has(graph, "Maria Solberg", "represents", name)


def test_a_headline_undertaking_with_a_qualifier_is_the_one_the_story_names(build_text):
    graph = build_text("UNHCR and IOM to help Italy run reception plan for Lampedusa arrivals\n\nROME, July 2 (Reuters) – "
                       "The UN High Commissioner for Refugees (UNHCR) and the International Organization for Migration "
                       "(IOM) on Tuesday signed an agreement with Italy's Ministry of the Interior on a joint reception "
                       "plan for Lampedusa, where 5,000 people have landed since May. Under the plan, IOM will run two "
                       "shelters near the port.").graph
    plans = _nodes_labelled(graph, KG.Process, "reception plan")
    assert len(plans) == 1
    assert "joint reception plan" in {str(label) for label in graph.objects(plans[0], RDFS.label)}


def test_an_acronym_ner_read_alone_is_what_it_was_defined_for(build_text):
    graph = build_text("WASHINGTON, Dec 18 (Reuters) – The International Monetary Fund's Executive Board on Wednesday "
                       "approved a three-year Policy Coordination Instrument (PCI) for Serbia, a programme without IMF "
                       "money. The European Commission welcomed the PCI and said it would align its budget support.").graph
    assert "PCI" not in _labels(graph, KG.Organization)


def test_an_acronym_the_article_defines_outranks_a_known_one(build_text):
    graph = build_text("The talks will be led by the Moscow-based Eurasian Economic Commission (EEC), which drafted "
                       "the mandate. Belarus said it would second two experts to the EEC's negotiating team. "
                       "Ilya Sorokin, the EEC's Minister for Trade, welcomed them.").graph
    assert "European Union" not in _labels(graph, KG.Organization)
    assert has(graph, "Ilya Sorokin", "represents", "Eurasian Economic Commission")


@pytest.mark.parametrize("text, country", [
    ("EU and Latin American leaders adopt Santa Marta declaration", None),
    ("South American ministers backed the plan.", None),
    ("South African ministers backed the plan.", "South Africa"),
])
def test_a_regions_people_are_no_states(build_text, text, country):
    countries = _labels(build_text(text).graph, KG.Country)
    assert "United States" not in countries
    assert country is None or country in countries


def test_the_wires_short_name_of_the_rights_council_is_the_council(build_text):
    bodies = _labels(build_text("The UN rights council voted on Friday to extend the mandate.").graph, KG.Organization)
    assert "Human Rights Council" in bodies
    assert "United Nations" not in bodies


def test_a_headlines_treaty_by_another_word_is_the_storys_agreement(build_text):
    graph = build_text("Sri Lanka and Kyrgyzstan join Asia-Pacific paperless trade treaty\n\nBANGKOK, 24 April 2025 – "
                       "Sri Lanka and Kyrgyzstan today acceded to the Framework Agreement on Facilitation of Cross-border "
                       "Paperless Trade in Asia and the Pacific (CPTA), the UN commission said.").graph
    treaties = [label for label in _labels(graph, KG.Process) if "aperless" in label]
    assert treaties == ["Framework Agreement on Facilitation of Cross-border Paperless Trade in Asia and the Pacific"]


def test_an_apposition_says_what_a_name_is(build_text):
    graph = build_text("The main opposition party, Tiako i Madagasikara (TIM), dismissed the audit. The OIF has named "
                       "Alain Dufresne-Mbaye, a Senegalese statistician, to head the audit.").graph
    assert "Tiako i Madagasikara" in _labels(graph, KG.Organization)
    assert "Alain Dufresne-Mbaye" in _labels(graph, KG.Person)


def test_the_concept_of_operations_is_no_undertaking(build_text):
    graph = build_text("Security and defence ministers of the Accra Initiative today approved the concept of operations "
                       "for the Initiative's Multinational Joint Task Force.").graph
    assert not any("concept" in label for label in _labels(graph, KG.Process))


def test_an_apposition_calling_a_name_a_railway_makes_it_an_undertaking(build_text):
    graph = build_text("Rail Baltica, a standard-gauge railway meant to link Tallinn, Riga and Vilnius with Warsaw, is "
                       "co-financed by the EU's Connecting Europe Facility.").graph
    assert "Rail Baltica" in _labels(graph, KG.Process)
    assert "Rail Baltica" not in _labels(graph, KG.Person)


@pytest.mark.parametrize("text, named, not_named", [
    # a place before a known name, which the acronym spells with it, names another body
    ("The bloc's Thessaloniki-based lender, the Black Sea Trade and Development Bank (BSTDB), agreed to pay for a "
     "feasibility study.", "Black Sea Trade and Development Bank", "Eastern and Southern African Trade and Development Bank"),
    # an acronym a new body spells, sharing no word with the acronym's known owner, is the new body's
    ("The Yaoundé-based Interregional Coordination Centre (ICC) will coordinate the patrols. The ICC said it was ready.",
     "Interregional Coordination Centre", "International Criminal Court"),
])
def test_an_acronym_the_article_spells_for_a_new_body_is_that_bodys(build_text, text, named, not_named):
    bodies = _labels(build_text(text).graph, KG.Organization)
    assert named in bodies
    assert not_named not in bodies


def test_a_programme_with_ministers_is_a_body(build_text):
    graph = build_text("Ministers of the Central Asia Regional Economic Cooperation (CAREC) Program on Thursday adopted "
                       "a Regional Glacier Monitoring Initiative.").graph
    assert "Central Asia Regional Economic Cooperation Program" in _labels(graph, KG.Organization)
    assert has(graph, "CAREC", "supports", "Regional Glacier Monitoring Initiative")


def test_a_peoples_adjective_is_no_body(build_text):
    bodies = _labels(build_text("Turkic leaders approve first investment fund project on Caspian trade route\n\n"
                                "BISHKEK, Oct 3 (Reuters) – Leaders of the Organization of Turkic States (OTS) on Friday "
                                "approved the first project of the bloc's Turkic Investment Fund.").graph, KG.Organization)
    assert "Turkic" not in bodies
    assert "Organization of Turkic States" in bodies


def test_a_name_paired_with_a_place_is_a_place(build_text):
    graph = build_text("The two sides agreed to open new crossing points at Mia Milia and Louroujina on Thursday.").graph
    assert "Mia Milia" in _labels(graph, KG.Place)
    assert not set(graph.subjects(RDF.type, KG.Person))


def test_a_hyphenated_name_split_into_two_appositions_is_one_person(build_text):
    graph = build_text("The agreement was signed by Guatemala's Minister of Public Health, Irma Cifuentes-Juárez, and "
                       "Lorena Balcázar-Ruiz, UNOPS Regional Director.").graph
    assert "Irma Cifuentes" not in _labels(graph, KG.Person)
    assert "Irma Cifuentes-Juárez" in _labels(graph, KG.Person)


def test_a_states_decision_to_act_is_no_text(build_text):
    graph = build_text("The ministers welcomed the decision of Norway and Germany to renew their contributions to the "
                       "Amazon Fund.").graph
    assert not any("decision" in label.lower() for label in _labels(graph, KG.Process))


def test_the_new_force_is_the_peace_operation_named_before(build_text):
    graph = build_text("Egypt, which is sending troops to AUSSOM, voiced support for the new force on Thursday.").graph
    assert not any("force" in label for label in _labels(graph, KG.Process))


def test_no_commitment_to_join_is_no_backing(build_text):
    graph = build_text("Mekong ministers adopt river plan\n\nForeign ministers of the Mekong-Lancang Cooperation (MLC) on "
                       "Wednesday adopted a three-year River Security Action Plan that widens joint patrols against "
                       "trafficking on the Mekong.\nLao Foreign Minister Bounleuth Keomanivong said last year's patrols "
                       "had seized record amounts of methamphetamine.\n"
                       "Cambodia said it would study the plan but made no commitment to join the patrols.").graph
    supporters = {str(label) for s, _, _ in graph.triples((None, KG.supports, None)) for label in graph.objects(s, RDFS.label)}
    assert "Mekong-Lancang Cooperation" in supporters and "Cambodia" not in supporters


@pytest.mark.parametrize("text", [
    "Ahmed Nur-Abdi, a Somali human rights lawyer who took a UNITAR course in 2019, told the ceremony such training had "
    "helped him.",
    "Iryna Kovalchuk-Bauer, a Ukrainian anti-corruption campaigner who attended the signing alongside OECD staff, said "
    "the real test would be whether parliament passed the laws.",
    "Jean-Marc Okouma-Ndong, a Douala stockbroker who addressed the ministers alongside COSUMAF officials, warned that "
    "trading remained thin.",
])
def test_a_private_person_named_beside_a_body_stands_for_no_body(build_text, text):
    assert not list(build_text(text).graph.triples((None, KG.represents, None)))


@pytest.mark.parametrize("text, place", [
    ("Ministers adopted a plan to track ice and snow in the Pamir and Tien Shan mountains, which feed the rivers.", "Pamir"),
    ("Ministers adopted a plan to track ice and snow in the Pamir and Tien Shan mountains, which feed the rivers.", "Tien Shan"),
    ("Violence in the southern department of Nariño, where the talks were held, fell sharply.", "Nariño"),
    ("The agreement would cut the days lorries spend at the Torugart crossing on the border with China.", "Torugart"),
    ("The minister said Baghdad would connect the customs office at its Umm Qasr port first.", "Umm Qasr"),
])
def test_a_name_before_a_kind_of_place_is_a_place(build_text, text, place):
    graph = build_text(text).graph
    assert place in _labels(graph, KG.Place)
    assert place not in _labels(graph, KG.Person)


def test_a_unit_and_the_body_it_belongs_to_are_two_bodies(build_text):
    bodies = _labels(build_text("The Centre will be run by the Institute of Astronomy and Geophysics of the Mongolian "
                                "Academy of Sciences, which already operates two stations.").graph, KG.Organization)
    assert {"Institute of Astronomy and Geophysics", "Mongolian Academy of Sciences"} <= bodies


def test_a_relative_clause_before_the_and_is_the_first_ones_alone(build_text):
    graph = build_text("Israel, which signed the Chemical Weapons Convention in 1993 but has never ratified it, and Egypt, "
                       "which has not signed it, are not members of the OPCW.").graph
    supporters = {str(label) for s, _, _ in graph.triples((None, KG.supports, None)) for label in graph.objects(s, RDFS.label)}
    assert "Egypt" not in supporters


def test_a_clause_opened_by_which_is_about_a_body_not_the_person_before_it(build_text):
    graph = build_text("The agreement was signed by OPCW Deputy Director-General Ingrid Fahlström-Okafor and Brigadier "
                       "General Hamad Al-Sulaiti-Nour, chairman of Qatar's National Committee for the Prohibition of "
                       "Weapons (NCPW), which runs the Doha Regional Centre for Training.").graph
    assert not has(graph, "Ingrid Fahlström-Okafor", "represents", "Doha Regional Centre for Training")
    assert has(graph, "Ingrid Fahlström-Okafor", "represents", "OPCW")


def test_the_plan_said_again_far_on_is_the_one_plan(build_text):
    graph = build_text("CEMAC ministers back plan\n\nFinance ministers of CEMAC on Thursday approved a plan to sell stakes "
                       "in twelve state-owned companies.\nThe plan was drawn up by the CEMAC Commission.\n\"Our savers have "
                       "almost nothing to buy,\" said a commissioner.\nCameroon's Finance Minister, Ernest Fouda-Ekambi, "
                       "chaired the meeting.\nThe Bank of Central African States (BEAC), the bloc's central bank, will let "
                       "pension funds count shares listed under the plan toward their reserves, its Vice-Governor, "
                       "Aristide Malonga-Bassoumba, said.\nThe International Finance Corporation will advise the first three "
                       "issuers.\nGabonese Economy Minister Hervé Nzengui-Mba said Gabon backed the listing "
                       "plan.").graph
    assert len(_nodes_labelled(graph, KG.Process, "plan")) == 1


def test_a_name_spelled_by_the_acronym_after_it_is_a_body(build_text):
    graph = build_text("The head of the mission asked the Council to back a programme to disarm fighters of the Azande "
                       "Ani Kpi Gbe (AAKG) militia in the country's Haut-Mbomou prefecture.").graph
    assert "Azande Ani Kpi Gbe" in _labels(graph, KG.Organization)
    assert not list(graph.triples((None, KG.represents, None)))


def test_a_peoples_adjective_before_a_title_is_no_person(build_text):
    graph = build_text("Tajikistan will house the data centre in Dushanbe, said Tajik Minister of Energy and Water "
                       "Resources Farrukh Nazarzoda.").graph
    assert not any(label.startswith("Tajik ") for label in _labels(graph, KG.Person))
