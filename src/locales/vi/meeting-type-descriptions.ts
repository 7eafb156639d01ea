import type {MeetingTypeDescriptionsStrings} from '../en/meeting-type-descriptions.js';

export const meetingTypeDescriptions: MeetingTypeDescriptionsStrings = {
  O: 'Ai cũng có thể đến: gia đình, bạn bè, sinh viên và bất kỳ ai muốn tìm hiểu.',
  C: 'Chỉ dành cho người muốn bỏ rượu hoặc bỏ sử dụng chất, hoặc nghĩ mình có thể có vấn đề.',
  HY: 'Buổi họp diễn ra cùng lúc tại phòng họp và trực tuyến: đến trực tiếp hoặc tham gia trực tuyến.',
  ONL: 'Qua video hoặc điện thoại: phần chi tiết của buổi họp cho biết cách tham gia.',
  TC: 'Địa điểm thường lệ tạm đóng cửa; nhóm có thể họp trực tuyến thay thế.',
  BE: 'Dành cho người mới bắt đầu phục hồi: mọi câu hỏi đều được chào đón.',
  B: 'Nhóm cùng đọc văn bản cơ bản của hội và trao đổi về nội dung đó.',
  D: 'Các thành viên lần lượt chia sẻ về một chủ đề.',
  SP: 'Một hoặc vài thành viên kể câu chuyện của mình.',
  ST: 'Buổi họp học về một trong Mười Hai Bước.',
  W: 'Chỉ dành cho phụ nữ.',
  M: 'Chỉ dành cho nam giới.',
};
