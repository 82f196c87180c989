# Italian single (ANSA).
Da marzo quaranta musei civici di dieci città resteranno aperti il giovedì sera fino alle 22, con biglietto ridotto a due euro dopo le 18. Lo ha annunciato oggi l'associazione dei comuni che gestisce il circuito.

L'iniziativa, chiamata «Giovedì al museo», durerà almeno fino a settembre e coinvolgerà tra gli altri Bergamo, Parma, Lecce, Trento e Cagliari.

«Vogliamo che chi lavora tutto il giorno possa finalmente entrare in un museo senza prendere un giorno di ferie», ha spiegato la coordinatrice del progetto, Lucia Ferrandini.

Per coprire i turni serali i comuni assumeranno personale a tempo determinato e chiederanno aiuto alle associazioni di volontariato culturale. Il costo complessivo è stimato in 3,5 milioni di euro.

In alcune sedi sono previsti anche concerti, visite guidate brevi e laboratori per bambini. I sindacati chiedono però garanzie sui turni e sul pagamento delle ore notturne.
