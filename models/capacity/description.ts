/** What the capacity model (2.0) assumes, in Dutch and English: shown in the UI, the report, the CLI output and exports. */
export const MODEL_DESCRIPTION = {
  nl: [
    'Maandelijks voorraad-en-stroommodel van de maand na de beginstand (standaard januari 2025) tot het eindjaar, per gemeente van herkomst, per gemeente van de plek, per BW-vorm en per doelgroep.',
    'Beginstand: cliënten in zorg en op de wachtlijst bij de telling (standaard december 2024; uit de monitor kan een latere telling komen). Cliënten in zorg krijgen de plekken van de locaties, eerst in hun eigen gemeente.',
    'Standaard drijft de behoefte (in zorg + wachtend): die volgt de trend uit de aannames (Basis +15 all-inclusive en +15 modulair per jaar), min eenmalige Wlz-overgangen; plekken veranderen de behoefte niet. De nieuwe indicaties volgen daaruit (benodigde instroom). Als alternatief is de instroom gegeven (basisinstroom + groei).',
    'Uitstroom uit zorg: per maand 1/verblijfsduur (exponentieel, dus geen kunstmatige uitstroomgolf); een deel gaat zelfstandig wonen (woningvraag voor de urgentieregeling). Wmo→Wlz: per maand overgang/12; bij het omklapaandeel gaat de plek mee naar de Wlz, tot de Wlz-cliënt naar de wijk gaat.',
    'Van de wachtlijst af zonder plek: uitval en overgang naar de Wlz, als aandeel per jaar per vorm.',
    'Plaatsing: vrije plekken worden verdeeld over alle wachtenden van de regio; een plek van een doelgroep neemt alleen die doelgroep; uitwijken naar een andere vorm alleen als dat aan staat. Sluit een locatie, dan gaan haar cliënten terug naar de wachtlijst.',
    'Wachttijden volgens wie het eerst komt, het eerst maalt: de gemiddelde wachttijd van wie in het jaar een plek kreeg (die geldt voor de norm) en de verwachte wachttijd voor wie eind van het jaar op de wachtlijst komt. Extra plekken nodig: het kleinste aantal extra plekken, open vanaf januari, waarmee wie eind van dat jaar op de wachtlijst komt binnen de norm een plek krijgt (gezocht door door te rekenen). Kosten = cliënten in zorg × tarief × dagen; kosten van wachten = wachtenden × overbruggingszorg × dagen.',
  ].join(' '),
  en: [
    'Monthly stock-and-flow model from the month after the starting count (default January 2025) to the end year, by gemeente of origin, gemeente of the place, BW variant and target group.',
    'Start: clients in care and waiting at the count (default December 2024; the monitor can supply a later count); clients in care take the places of the locations, own gemeente first.',
    'By default need (in care + waiting) drives the projection: it follows the trend in the assumptions (Basis +15 all-inclusive and +15 modulair a year), less one-off Wlz transfers; capacity never changes need, and new indications follow from it (required inflow). Alternatively inflow is given (base inflow + growth).',
    'Exits from care: 1/length-of-stay a month (exponential, so no discharge cliff); a share moves to independent living (housing demand for the urgency allocation). Wmo→Wlz: rate/12 a month; for the flip share the place goes to the Wlz until the client moves to the community.',
    'Departures from the waiting list without a place: drop-out and Wlz, as yearly rates per variant.',
    'Placement: free places are shared over everyone waiting in the region; a target-group place takes only that group; another variant only when allowed. When a location closes its clients return to the waiting list.',
    'Waiting times first come, first served: the mean wait of those placed in the year (held against the norm) and the expected wait for someone joining at the end of the year. Places needed: the smallest number of extra places, open from January, with which someone joining at the end of that year is placed within the norm (found by search). Cost = clients in care × tariff × days; cost of waiting = waiting × bridging care × days.',
  ].join(' '),
};
