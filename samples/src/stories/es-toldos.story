# Spanish single (EFE), published as a plain-text rendering.
El Ayuntamiento de Sevilla ha comenzado a instalar toldos con láminas solares flexibles en veinte calles del centro histórico, con el objetivo de rebajar la temperatura a pie de calle durante el verano y producir electricidad para el alumbrado público.

Los primeros toldos se han colocado esta semana en el entorno de la Alameda de Hércules, y el resto se instalarán de forma escalonada antes del 1 de julio, según ha informado el consistorio.

«La sombra es un servicio público más, igual que el agua o la luz», ha afirmado el delegado municipal de Urbanismo, Rafael Montero Lagos, durante una visita a las obras.

El proyecto cuesta 2,3 millones de euros y está financiado en gran parte con fondos europeos. Cada toldo puede generar la energía que consumen unas quince farolas durante una noche de verano.

Las asociaciones de comerciantes del centro han recibido bien la iniciativa, aunque algunos vecinos se quejan de que las lonas tapan la vista de las fachadas históricas.

Un equipo de la universidad medirá durante tres veranos la temperatura bajo los toldos y en calles sin sombra para comprobar si la diferencia justifica extender el sistema a otros barrios.
