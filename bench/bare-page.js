// The floor of a first load: fetch the first page's JSON and write its rows with innerHTML, nothing else.
const FIELDS = [
  'ImageName',
  'ImageId',
  'ImageType',
  'ImageOsName',
  'Platform',
  'Architecture',
  'ImageStatus',
  'ImageCreateTime',
  'Creator',
]
const escapeHtml = (text) =>
  String(text).replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c])

fetch(`/api/DescribeImages${location.search || '?Region=ap-guangzhou&Offset=0&Limit=20'}`)
  .then((response) => response.json())
  .then((body) => {
    document.getElementById('rows').innerHTML = body.Response.ImageSet.map(
      (image) =>
        `<tr id="image-row-${escapeHtml(image.ImageId)}">${FIELDS.map((f) => `<td>${escapeHtml(image[f])}</td>`).join('')}</tr>`,
    ).join('')
  })
