# French single (AFP). Latin-1 safe on purpose: the page is written in ISO-8859-1.
La métropole de Lyon va tester pendant six mois trois navettes fluviales électriques sur la Saône, entre le quartier de Vaise et la Confluence, a-t-elle annoncé mercredi.

Chaque bateau peut transporter une soixantaine de passagers et une dizaine de vélos, avec un départ toutes les vingt minutes aux heures de pointe. Le trajet complet doit durer environ trente-cinq minutes, avec cinq arrêts en chemin.

« Le fleuve a longtemps été une frontière dans la ville, nous voulons qu'il redevienne une rue », a déclaré Hélène Barthélémy-Roux, vice-présidente chargée des mobilités, lors d'une présentation sur les quais.

Le ticket sera le même que celui des bus et du métro, ce qui permettra aux usagers de passer d'un mode de transport à l'autre sans payer de supplément. L'expérimentation coûtera environ 4,2 millions d'euros, dont une partie sera financée par l'État.

Des associations d'usagers saluent l'initiative mais s'interrogent sur la fiabilité du service en période de crue, lorsque la navigation est souvent interrompue. La métropole assure qu'un bus de substitution sera alors mis en place.

Si le bilan est jugé positif, une ligne permanente pourrait être créée dès 2026 et prolongée vers le nord de l'agglomération.
