/**
 * The countries whose "scientific, cultural and political personalities" visited Al-Mustafa International
 * University, exactly as its page lists them (seed 004_2fb9d1c6f54e383f.txt, "Relations & International").
 */
export const AL_MUSTAFA_SENTENCE =
  'Afghanistan, Algeria, Australia, Azerbaijan, Bosnia and Herzegovina, Burkina Faso, Canada, China, Comoros, Croatia, Egypt, Finland, France, Germany, Ghana, Gherghizestan (Kirghizstan), India, Indonesia, Iraq, Japan, Kazakhstan, Kuwait, Lebanon, Libya, Madagascar, Malaysia, Niger, Nigeria, Nederland, Norway, Pakistan, Russia, Saudi Arabia, Senegal, Sierra Leone, Somalia, Sri Lanka, Sudan, Sweden, Thailand, Tunisia, Turkey, United Kingdom, United States of America, and Vatican';
export const AL_MUSTAFA_CODES =
  'AFG DZA AUS AZE BIH BFA CAN CHN COM HRV EGY FIN FRA DEU GHA KGZ IND IDN IRQ JPN KAZ KWT LBN LBY MDG MYS NER NGA NLD NOR PAK RUS SAU SEN SLE SOM LKA SDN SWE THA TUN TUR GBR USA VAT';
/** The sentence's items, as a person copying them into a sheet would: split at commas, "and " dropped. */
export const AL_MUSTAFA_NAMES = AL_MUSTAFA_SENTENCE.split(', ').map((item) => item.replace(/^and /, ''));
