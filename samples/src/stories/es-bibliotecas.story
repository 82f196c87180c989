# Spanish single (EFE). windows-1252 safe on purpose: the page is served as windows-1252.
La Comunidad de Madrid abrirá las 24 horas diez bibliotecas públicas durante el periodo de exámenes de enero, según ha anunciado este martes la consejera de Cultura, Begoña Arrieta Solís.

La medida, que se aplicará del 7 al 31 de enero, responde a la demanda de miles de estudiantes universitarios que cada invierno hacen largas colas para conseguir un sitio en las salas de estudio.

«Queremos que nadie tenga que elegir entre estudiar en casa con ruido o esperar una hora en la calle con frío», ha explicado Arrieta durante la presentación, celebrada en una biblioteca del distrito de Tetuán.

Las bibliotecas elegidas están repartidas entre la capital, Alcalá de Henares, Getafe, Móstoles y Leganés, y contarán con vigilantes de seguridad y personal adicional en el turno de noche.

El Gobierno regional cifra el coste de la iniciativa en 1,2 millones de euros. Las máquinas de las salas venderán el café a 1 € durante la madrugada, la mitad de su precio habitual.

Los sindicatos de bibliotecarios han calificado la medida de “parche” y piden que el refuerzo no se cubra con contratos de apenas un mes. ¿Por qué no ampliar los horarios durante todo el curso?, se preguntan en un comunicado.
