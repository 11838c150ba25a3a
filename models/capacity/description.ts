/** What the capacity model assumes, in Dutch and English: shown in the UI, the CLI output and exports. */
export const MODEL_DESCRIPTION = {
  nl: [
    'Maandelijks voorraad-en-stroommodel van januari 2025 tot het eindjaar, per gemeente van herkomst, per gemeente van de plek en per BW-vorm.',
    'Beginstand: cliënten in zorg en op de wachtlijst in december 2024. Cliënten in zorg krijgen de plekken van de locaties, eerst in hun eigen gemeente.',
    'Instroom per jaar = basisinstroom + groei; nieuwe cliënten komen op de wachtlijst van hun gemeente van herkomst (verdeelsleutel).',
    'Uitstroom: per maand vertrekt 1/verblijfsduur van de cliënten in zorg (exponentiële verblijfsduur: bestaande en nieuwe cliënten hebben dezelfde kans, dus geen kunstmatige uitstroomgolf). Een deel gaat zelfstandig wonen: dat is woningvraag voor de urgentieregeling.',
    'Wmo→Wlz: per maand gaat overgang/12 van de cliënten in zorg naar de Wlz; bij het omklapaandeel gaat de plek mee en is die verloren voor de Wmo. Wlz-cliënten in omgeklapte plekken stromen uit naar de wijk (VPT/MPT); hun plek komt terug voor de BW-wachtlijst. Eenmalige overgangen worden over de twaalf maanden van hun jaar verdeeld.',
    'Plaatsing: wachtenden krijgen vrije plekken van hun vorm, eerst in hun eigen gemeente, dan in de regio naar rato; uitwijken naar een andere vorm alleen als dat aan staat. Sluit een locatie, dan gaan haar cliënten terug naar de wachtlijst.',
    'Wachttijd (wet van Little) = wachtlijst ÷ plaatsingen per maand in dat jaar; zonder plaatsingen terwijl mensen wachten is de wachttijd onbepaald. Plekken nodig = vraag − norm × instroom per maand − beschikbare plekken, per vorm. Kosten = cliënten in zorg × tarief × dagen.',
  ].join(' '),
  en: [
    'Monthly stock-and-flow model from January 2025 to the end year, by gemeente of origin, gemeente of the place and BW variant.',
    'Start: clients in care and waiting in December 2024; clients in care take the places of the locations, own gemeente first.',
    'Inflow per year = base inflow + growth; new clients join the waiting list of their gemeente of origin (distribution key).',
    'Outflow: each month 1/length-of-stay of the clients in care leave (exponential stay, so no artificial discharge cliff); a share moves to independent living, which is housing demand for the urgency allocation.',
    'Wmo→Wlz: each month rate/12 of the clients in care move to the Wlz; for the flip share the place goes with them and is lost to the Wmo. Wlz clients in flipped places move to the community (VPT/MPT) and their places return to the BW waiting list. One-off transfers are spread over the twelve months of their year.',
    'Placement: waiting clients take free places of their variant, own gemeente first, then the region pro rata; another variant only when allowed. When a location closes its clients return to the waiting list.',
    "Waiting time (Little's law) = waiting list ÷ placements per month in that year; undetermined when nobody is placed while people wait. Places needed = demand − target × monthly inflow − available places, per variant. Cost = clients in care × tariff × days.",
  ].join(' '),
};
