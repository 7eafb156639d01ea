import type {MeetingTypeDescriptionsStrings} from '../en/meeting-type-descriptions.js';

export const meetingTypeDescriptions: MeetingTypeDescriptionsStrings = {
  O: '任何人都可以参加：家人、朋友、学生以及任何想了解的人。',
  C: '仅限想要戒酒或戒除物质使用、或认为自己可能有问题的人参加。',
  HY: '聚会同时在线下场地和线上进行：可以到场，也可以在线加入。',
  ONL: '通过视频或电话进行：聚会详情里写有加入方式。',
  TC: '平时的场地暂时关闭；小组可能改在线上聚会。',
  BE: '为刚开始康复的人而设：欢迎提问。',
  B: '小组一起阅读本团体的基础文本并进行讨论。',
  D: '成员围绕一个主题轮流分享。',
  SP: '一位或几位成员讲述自己的经历。',
  ST: '聚会学习十二步骤中的一个步骤。',
  W: '仅限女性。',
  M: '仅限男性。',
};
