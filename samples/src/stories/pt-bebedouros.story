# Portuguese single (Lusa).
A Câmara Municipal do Porto vai instalar 150 novos bebedouros públicos em jardins, praças e paragens de autocarro até ao final de junho, anunciou hoje a autarquia.

Segundo a vereadora do Ambiente, Inês Carvalhal Brito, os equipamentos serão colocados sobretudo nas zonas com mais movimento de peões e menos sombra, onde o calor se faz sentir com mais intensidade no verão.

“Queremos que beber água na rua seja tão normal como era há cinquenta anos, quando havia fontanários em todos os bairros”, afirmou a vereadora, em declarações aos jornalistas.

O investimento ronda os 900 mil euros e inclui a manutenção dos bebedouros durante cinco anos. A água será a mesma da rede pública e será analisada todos os meses pelos serviços municipais.

Várias associações ambientalistas elogiaram a medida, lembrando que ajuda a reduzir o consumo de garrafas de plástico, mas pediram que os novos equipamentos sejam também acessíveis a pessoas em cadeira de rodas.

A autarquia garante que todos os modelos escolhidos cumprem as regras de acessibilidade e que alguns terão ainda uma torneira baixa para animais de companhia.
