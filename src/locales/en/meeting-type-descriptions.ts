/**
 * What common meeting types mean (the finder's "What do these mean?" legend; a site adds or
 * changes them with `type-descriptions`). Loaded with the filters or the details, never for the first paint.
 * Keys are type codes; `HY` is a hybrid meeting (attendance, not a Meeting Guide code).
 */
export const meetingTypeDescriptions = {
  O: 'Anyone may come: family, friends, students and anyone who is curious.',
  C: 'Only for people who want to stop drinking or using, or think they may have a problem.',
  HY: 'People meet in a room and online at the same time: come in person or join online.',
  ONL: 'Held by video or phone: the meeting’s details say how to join.',
  TC: 'The usual place is closed for now; the group may meet online instead.',
  BE: 'Meant for people new to recovery: questions are welcome.',
  B: 'The group reads the fellowship’s basic text together and talks about it.',
  D: 'Members take turns sharing on a topic.',
  SP: 'One or more members tell their story.',
  ST: 'The meeting studies one of the Twelve Steps.',
  W: 'For women only.',
  M: 'For men only.',
};
export type MeetingTypeDescriptionsStrings = typeof meetingTypeDescriptions;
