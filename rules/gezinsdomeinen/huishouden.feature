# language: nl
# Bron: seed 002_e31e6122e3137ac9.txt (Projectaanpak Nieuwkomers, Apeldoorn): de gezinsaanpak en het Bloemmodel;
# Participatiewet art. 9a; Leerplichtwet 1969 art. 3 en 4a.
@regels
Functionaliteit: Advies voor het hele huishouden
  De gezinsaanpak kijkt naar het huishouden als geheel: elke volwassene krijgt een eigen advies met de
  gegevens die het huishouden deelt, de domeinen van het Bloemmodel gaan aan op de gegevens van alle leden
  (met wie de reden geeft), en wat het gezin samen aangaat staat apart: VARIIS is voor het gezin, en de
  ontheffing van een alleenstaande ouder raakt het hele huishouden.

  Scenario: Een stel met schoolgaande kinderen in Apeldoorn
    Gegeven een huishouden in "Apeldoorn" met de volwassenen:
      | leeftijd | taalniveau | uitkering | sollicitatieplicht | arbeidssituatie | kwetsbaarheden | inburgeringsplicht |
      | 38       | A2         | BIJSTAND  | ja                 | UNEMPLOYED      | geen           | ja                 |
      | 35       | A1         | BIJSTAND  | ja                 | UNEMPLOYED      | TRAUMA         | ja                 |
    En de kinderen:
      | leeftijd | school         |
      | 7        | PRIMARY        |
      | 10       | PRIMARY        |
      | 14       | NEWCOMER_CLASS |
    Als de intakemedewerker om advies voor het huishouden vraagt
    Dan is voor volwassene 1 het traject "VARIIS_EMPOWERMENT" "aanbevolen"
    En is voor volwassene 2 het traject "VARIIS_EMPOWERMENT" "aanbevolen"
    En doet het gezin samen "VARIIS_EMPOWERMENT": "aanbevolen" voor "volwassene 1, volwassene 2"
    En zet het huishouden het gezinsdomein "ONDERWIJS" aan met de reden "Schoolgaande kinderen" van "volwassene 1, volwassene 2"
    En zet het huishouden het gezinsdomein "ONDERWIJS" aan met de reden "Een kind van 14 jaar zit in een schakelklas" van "kind 3"
    En zet het huishouden het gezinsdomein "OPVOEDING" aan met de reden "Kinderen in huis" van "volwassene 1, volwassene 2"
    En zet het huishouden het gezinsdomein "WERK_INKOMEN" aan met de reden "Leeft van een uitkering" van "volwassene 1, volwassene 2"
    En zet het huishouden het gezinsdomein "ZORG_WELZIJN" aan met de reden "trauma" van "volwassene 2"
    En zet het huishouden het gezinsdomein "PARTICIPATIE_INTEGRATIE" aan met de reden "Inburgeringsplichtig" van "volwassene 1, volwassene 2"
    En geldt voor volwassene 1 de verplichting "JOB_APPLICATION_OBLIGATION"
    En geldt voor volwassene 2 de verplichting "JOB_APPLICATION_OBLIGATION"
    En deelt het huishouden geen verplichtingen
    En noemt de samenvatting van het huishouden "Een huishouden van 2 volwassenen en 3 kinderen."
    En noemt de samenvatting van het huishouden "Voor het gezin samen: VARIIS-empowerment (gezinsaanpak), aanbevolen."

  Scenario: Een alleenstaande ouder met een peuter in de bijstand
    Gegeven een huishouden in "Deventer" met de volwassenen:
      | leeftijd | taalniveau | uitkering | sollicitatieplicht | arbeidssituatie | inburgeringsplicht |
      | 29       | A1         | BIJSTAND  | ja                 | UNEMPLOYED      | ja                 |
    En de kinderen:
      | leeftijd | school |
      | 3        | NONE   |
    Als de intakemedewerker om advies voor het huishouden vraagt
    Dan geldt voor volwassene 1 de verplichting "MAY_REQUEST_WORK_EXEMPTION"
    En geldt voor volwassene 1 de verplichting "JOB_APPLICATION_OBLIGATION"
    En raakt de verplichting "MAY_REQUEST_WORK_EXEMPTION" het hele huishouden, bij "volwassene 1"
    En zet het huishouden het gezinsdomein "OPVOEDING" aan met de reden "Kinderen in huis" van "volwassene 1"
    En zet het huishouden het gezinsdomein "OPVOEDING" aan met de reden "Een peuter van 3 jaar gaat nog niet naar een peuteropvang" van "kind 1"
    En zet het huishouden het gezinsdomein "WERK_INKOMEN" aan met de reden "Leeft van een uitkering" van "volwassene 1"
    En zet het huishouden het gezinsdomein "ONDERWIJS" niet aan
    En doet het gezin samen "VARIIS_EMPOWERMENT": "past niet" voor "volwassene 1"
    En noemt de samenvatting van het huishouden "kan ontheffing van de arbeidsverplichtingen vragen"

  Scenario: Kinderen van schoolleeftijd zonder school: elk kind zijn reden, gelijke redenen een keer
    Gegeven een huishouden in "Zwolle" met de volwassenen:
      | leeftijd | taalniveau | arbeidssituatie |
      | 40       | B1         | EMPLOYED        |
    En de kinderen:
      | leeftijd | school   |
      | 9        | NONE     |
      | 9        | NONE     |
      | 16       | NONE     |
      | 12       | onbekend |
    Als de intakemedewerker om advies voor het huishouden vraagt
    Dan zet het huishouden het gezinsdomein "ONDERWIJS" aan met de reden "Een kind van 9 jaar gaat niet naar school" van "kind 1, kind 2"
    En zet het huishouden het gezinsdomein "ONDERWIJS" aan met de reden "Een kind van 16 jaar gaat niet naar school" van "kind 3"
    En zet het huishouden het gezinsdomein "ONDERWIJS" aan met de reden "Schoolgaande kinderen" van "volwassene 1"
    En deelt het huishouden geen verplichtingen
    En noemt de samenvatting van het huishouden "Een huishouden van 1 volwassene en 4 kinderen."
