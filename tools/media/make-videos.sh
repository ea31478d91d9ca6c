#!/bin/sh
# Regenerates src/main/resources/demo/media/videos/ from scratch:
#   gym-ball-back-thigh-stretch.{mp4,png,en.vtt,cs.vtt}
#   standing-gluteal-stretch.{mp4,png,en.vtt,cs.vtt}
#   lower-back-hip-thigh-stretch.png, diaphragmatic-breathing.png (posters of external videos)
# Needs: python3 (standard library), rsvg-convert (librsvg2-bin), ffmpeg with libx264.
set -eu
export PYTHONDONTWRITEBYTECODE=1

HERE=$(cd "$(dirname "$0")" && pwd)
OUT="$HERE/../../src/main/resources/demo/media/videos"
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

for tool in python3 rsvg-convert ffmpeg; do
  command -v "$tool" >/dev/null 2>&1 || { echo "missing: $tool" >&2; exit 1; }
done

rm -rf "$OUT"
mkdir -p "$OUT"

for name in gym-ball-back-thigh-stretch standing-gluteal-stretch; do
  echo "== $name"
  mkdir -p "$WORK/$name"
  python3 "$HERE/make_videos.py" frames "$name" "$WORK/$name"
  for svg in "$WORK/$name"/f*.svg; do
    rsvg-convert -w 640 -h 360 -b '#f4f8f7' "$svg" -o "${svg%.svg}.png"
  done
  # 288 frames at 24 fps = exactly 12.0 s; no audio track
  ffmpeg -loglevel error -y -framerate 24 -i "$WORK/$name/f%03d.png" \
    -c:v libx264 -preset veryslow -tune animation -crf 20 -pix_fmt yuv420p \
    -profile:v high -level 3.1 -r 24 -movflags +faststart -an \
    -metadata title="$name" "$OUT/$name.mp4"
  python3 "$HERE/make_videos.py" poster "$name" "$WORK/$name-poster.svg"
  rsvg-convert -w 640 -h 360 -b '#f4f8f7' "$WORK/$name-poster.svg" -o "$OUT/$name.png"
done

echo "== external video posters"
python3 "$HERE/make_videos.py" external "$WORK/external"
for svg in "$WORK/external"/*.svg; do
  base=$(basename "$svg" .svg)
  rsvg-convert -w 640 -h 360 -b '#f4f8f7' "$svg" -o "$OUT/$base.png"
done

echo "== captions"
python3 "$HERE/make_videos.py" captions "$OUT"

ls -l "$OUT"
