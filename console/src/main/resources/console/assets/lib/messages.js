// The services write their field messages in English, for every client; officials read them in Vietnamese. One
// table for every page: ApiProblem translates each field message it carries, and a message not listed is shown as
// the service wrote it.
const FIELD_MESSAGES = {
  'must not be blank': 'Không được để trống.',
  'must not be null': 'Không được để trống.',
  'must be the 12 digits of a citizen id or a 10 (or 10-3) digit tax code':
    'Phải là số định danh cá nhân 12 chữ số, hoặc mã số thuế 10 chữ số (10-3 với đơn vị phụ thuộc).',
  'must be the 12 digits of a personal identification number': 'Số định danh cá nhân phải gồm 12 chữ số.',
  'does not start with the code of a province of birth (Circular 59/2021/TT-BCA)':
    'Số định danh không bắt đầu bằng mã tỉnh nơi đăng ký khai sinh (Thông tư 59/2021/TT-BCA).',
  'its 4th to 6th digits give a year of birth after this year':
    'Chữ số thứ 4 đến thứ 6 cho năm sinh sau năm hiện tại.',
  'must be a tax code of 10 digits, or 10-3 digits for a dependent unit':
    'Mã số thuế gồm 10 chữ số, hoặc 10-3 chữ số với đơn vị phụ thuộc.',
  "a dependent unit's number runs from 001 to 999": 'Số của đơn vị phụ thuộc từ 001 đến 999.',
  'its check digit (the 10th) does not match the first nine':
    'Chữ số kiểm tra (thứ 10) của mã số thuế không khớp với 9 chữ số đầu.',
  'an organisation is identified by its tax code': 'Tổ chức được xác định bằng mã số thuế: hãy nhập mã số thuế.',
  'must be 10 digits starting with 0': 'Số điện thoại gồm 10 chữ số, bắt đầu bằng 0.',
  'must be a well-formed email address': 'Thư điện tử không đúng định dạng.',
  'is not a published procedure': 'Không phải thủ tục đã công bố của tỉnh.',
  'is not the secret given at reception': 'Không đúng mã tra cứu đã cấp khi tiếp nhận.',
};

/** A field message of a service in Vietnamese, where one is known. */
export function fieldMessage(message) {
  const known = FIELD_MESSAGES[message];
  if (known) {
    return known;
  }
  const size = /^size must be between (\d+) and (\d+)$/.exec(message || '');
  return size ? `Độ dài phải từ ${size[1]} đến ${size[2]} ký tự.` : message;
}
