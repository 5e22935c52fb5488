/**
 * ISO 3166-1: all 249 officially assigned country codes (alpha-3, alpha-2, numeric), and nothing else —
 * user-assigned codes such as "XKX" (Kosovo) are deliberately absent.
 *
 * The table is one string of fixed-width 8-character records `AAABBNNN` (alpha-3, alpha-2, numeric),
 * sorted by alpha-3; it is indexed lazily on first use. `scripts/generate-geo.mjs` reads the string
 * literal below from this file's text, so keep it a plain concatenation of single-quoted literals.
 * Source: Debian iso-codes 4.15 (iso_3166-1.json).
 */
export const ISO_3166_1 =
  'ABWAW533AFGAF004AGOAO024AIAAI660ALAAX248ALBAL008ANDAD020AREAE784ARGAR032ARMAM051ASMAS016ATAAQ010' +
  'ATFTF260ATGAG028AUSAU036AUTAT040AZEAZ031BDIBI108BELBE056BENBJ204BESBQ535BFABF854BGDBD050BGRBG100' +
  'BHRBH048BHSBS044BIHBA070BLMBL652BLRBY112BLZBZ084BMUBM060BOLBO068BRABR076BRBBB052BRNBN096BTNBT064' +
  'BVTBV074BWABW072CAFCF140CANCA124CCKCC166CHECH756CHLCL152CHNCN156CIVCI384CMRCM120CODCD180COGCG178' +
  'COKCK184COLCO170COMKM174CPVCV132CRICR188CUBCU192CUWCW531CXRCX162CYMKY136CYPCY196CZECZ203DEUDE276' +
  'DJIDJ262DMADM212DNKDK208DOMDO214DZADZ012ECUEC218EGYEG818ERIER232ESHEH732ESPES724ESTEE233ETHET231' +
  'FINFI246FJIFJ242FLKFK238FRAFR250FROFO234FSMFM583GABGA266GBRGB826GEOGE268GGYGG831GHAGH288GIBGI292' +
  'GINGN324GLPGP312GMBGM270GNBGW624GNQGQ226GRCGR300GRDGD308GRLGL304GTMGT320GUFGF254GUMGU316GUYGY328' +
  'HKGHK344HMDHM334HNDHN340HRVHR191HTIHT332HUNHU348IDNID360IMNIM833INDIN356IOTIO086IRLIE372IRNIR364' +
  'IRQIQ368ISLIS352ISRIL376ITAIT380JAMJM388JEYJE832JORJO400JPNJP392KAZKZ398KENKE404KGZKG417KHMKH116' +
  'KIRKI296KNAKN659KORKR410KWTKW414LAOLA418LBNLB422LBRLR430LBYLY434LCALC662LIELI438LKALK144LSOLS426' +
  'LTULT440LUXLU442LVALV428MACMO446MAFMF663MARMA504MCOMC492MDAMD498MDGMG450MDVMV462MEXMX484MHLMH584' +
  'MKDMK807MLIML466MLTMT470MMRMM104MNEME499MNGMN496MNPMP580MOZMZ508MRTMR478MSRMS500MTQMQ474MUSMU480' +
  'MWIMW454MYSMY458MYTYT175NAMNA516NCLNC540NERNE562NFKNF574NGANG566NICNI558NIUNU570NLDNL528NORNO578' +
  'NPLNP524NRUNR520NZLNZ554OMNOM512PAKPK586PANPA591PCNPN612PERPE604PHLPH608PLWPW585PNGPG598POLPL616' +
  'PRIPR630PRKKP408PRTPT620PRYPY600PSEPS275PYFPF258QATQA634REURE638ROURO642RUSRU643RWARW646SAUSA682' +
  'SDNSD729SENSN686SGPSG702SGSGS239SHNSH654SJMSJ744SLBSB090SLESL694SLVSV222SMRSM674SOMSO706SPMPM666' +
  'SRBRS688SSDSS728STPST678SURSR740SVKSK703SVNSI705SWESE752SWZSZ748SXMSX534SYCSC690SYRSY760TCATC796' +
  'TCDTD148TGOTG768THATH764TJKTJ762TKLTK772TKMTM795TLSTL626TONTO776TTOTT780TUNTN788TURTR792TUVTV798' +
  'TWNTW158TZATZ834UGAUG800UKRUA804UMIUM581URYUY858USAUS840UZBUZ860VATVA336VCTVC670VENVE862VGBVG092' +
  'VIRVI850VNMVN704VUTVU548WLFWF876WSMWS882YEMYE887ZAFZA710ZMBZM894ZWEZW716';

const RECORD = 8;

let byAlpha3: Map<string, number> | undefined;
let byNumeric: Map<number, string> | undefined;
let codes: readonly string[] | undefined;

function index(): Map<string, number> {
  if (!byAlpha3) {
    byAlpha3 = new Map();
    byNumeric = new Map();
    for (let i = 0; i < ISO_3166_1.length; i += RECORD) {
      const alpha3 = ISO_3166_1.slice(i, i + 3);
      byAlpha3.set(alpha3, i);
      byNumeric.set(+ISO_3166_1.slice(i + 5, i + RECORD), alpha3);
    }
  }
  return byAlpha3;
}

/** True for an officially assigned ISO 3166-1 alpha-3 code, upper case ("PAK"; not "pak", not "XKX"). */
export function isAlpha3(code: string): boolean {
  return index().has(code);
}

/** The alpha-2 code for an alpha-3 code ("PAK" → "PK"), e.g. for `Intl.DisplayNames` regions. */
export function alpha2Of(alpha3: string): string | undefined {
  const i = index().get(alpha3);
  return i === undefined ? undefined : ISO_3166_1.slice(i + 3, i + 5);
}

/** The 3-digit, zero-padded numeric code for an alpha-3 code ("PAK" → "586", "AFG" → "004"). */
export function numericOf(alpha3: string): string | undefined {
  const i = index().get(alpha3);
  return i === undefined ? undefined : ISO_3166_1.slice(i + 5, i + RECORD);
}

/** The alpha-3 code for a numeric code: "004", "4" and 4 all give "AFG". */
export function alpha3FromNumeric(numeric: string | number): string | undefined {
  if (typeof numeric === 'string') {
    if (!/^\d{1,3}$/.test(numeric)) return undefined;
    numeric = +numeric;
  }
  index();
  return byNumeric!.get(numeric);
}

/** Every alpha-3 code, sorted. */
export function allAlpha3(): readonly string[] {
  return (codes ??= Object.freeze([...index().keys()]));
}
