/**
 * How a helping party is paired with a helped one. `value` is the term the reports write and the
 * graph stores on PAIRS_WITH.mode; the key is the API's name for it.
 */
export const PAIRING_MODES = {
  EAST_WEST_COOPERATION: { value: '扶贫协作', description: '扶贫协作: East–West poverty-alleviation cooperation' },
  COUNTERPART_SUPPORT: { value: '对口支援', description: '对口支援: counterpart support (Tibet, Xinjiang, Qinghai, Three Gorges …)' },
  HAND_IN_HAND: { value: '携手奔小康', description: '携手奔小康: hand in hand towards moderate prosperity' },
  TWINNING: { value: '结对帮扶', description: '结对帮扶: twinning, kind not stated' },
  TOWNSHIP_TWINNING: { value: '镇镇结对', description: '镇镇结对: township with township' },
  VILLAGE_ENTERPRISE_TWINNING: { value: '村企结对', description: '村企结对: enterprise with village (企村结对, 百企结百村, 万企帮万村)' },
  VILLAGE_TWINNING: { value: '村村结对', description: '村村结对: village or community with village' },
  SCHOOL_TWINNING: { value: '校校结对', description: '校校结对: school with school' },
  HOSPITAL_TWINNING: { value: '院院结对', description: '院院结对: hospital with hospital' },
  DEPARTMENT_TWINNING: { value: '部门结对', description: '部门结对: government department with its counterpart' },
} as const;

export type PairingModeName = keyof typeof PAIRING_MODES;
export type PairingMode = (typeof PAIRING_MODES)[PairingModeName]['value'];

export const PAIRING_MODE_VALUES = Object.values(PAIRING_MODES).map((mode) => mode.value) as PairingMode[];

/** Name → stored term: the object the API registers as its PairingMode enum. */
export const PAIRING_MODE_ENUM = Object.fromEntries(
  Object.entries(PAIRING_MODES).map(([name, mode]) => [name, mode.value]),
) as { [K in PairingModeName]: (typeof PAIRING_MODES)[K]['value'] };

export const isPairingMode = (value: string): value is PairingMode => (PAIRING_MODE_VALUES as string[]).includes(value);
