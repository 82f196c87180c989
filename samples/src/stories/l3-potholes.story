# Local staff story (Indian city desk), published as a plain-text rendering.
The Pune Municipal Corporation on Monday launched a mobile app that lets residents report potholes by uploading a geotagged photograph, and promised that every complaint would be inspected within 48 hours.

Civic officials said the app would automatically send each report to the ward office responsible for the road, and that residents would be able to follow the status of their complaint until the repair is closed.

“Earlier, complaints came on phone calls, letters and social media, and many simply got lost between departments,” said additional municipal commissioner Shalini Deshmukh-Rao. “Now there is one queue, and everyone can see it.”

The corporation has set aside Rs 35 crore for monsoon road repairs this year, and contractors who fail to fix a reported pothole within a week will face penalties under the new agreements, officials said.

Residents’ groups in Kothrud and Hadapsar welcomed the move but said the bigger problem was the quality of repairs, with the same stretches breaking up again after every heavy spell of rain.

The app is available in Marathi, Hindi and English, and complaints can also be filed through a helpline for those without smartphones.
