/**
 * A mainland mobile number as a token of its own. Without the lookarounds the scan finds "phone
 * numbers" inside unified social credit codes (913601210321RCXKXJ holds 13601210321) and fails on
 * whichever entity happens to be listed.
 */
export const mobileNumberPattern = /(?<![0-9A-Za-z])1[3-9]\d{9}(?![0-9A-Za-z])/;

/** What a public page must never show: officers, the person present at an inspection, phones. */
export const personalDataPattern = new RegExp(`执法人员：|现场负责人|${mobileNumberPattern.source}`);
