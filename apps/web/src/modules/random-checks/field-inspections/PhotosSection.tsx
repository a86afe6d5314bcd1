import { CameraOutlined, DeleteOutlined } from '@ant-design/icons';
import { type InspectionTaskDetail, maxInspectionPhotoBytes } from '@qingshan/domain';
import { App, Button, Card, Empty, Flex, Image, Popconfirm, Typography } from 'antd';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../lib/dates';
import { useApiErrorHandler } from '../../../lib/use-api-error';
import { touch } from './field-controls';
import { photoUrl, useAddPhoto, useRemovePhoto } from './field-inspections.api';
import { base64OfDataUrl, photoMediaTypeOf, shortenFingerprint } from './field-inspections.form';

// ---------------------------------------------------------------------------------------------
// Photos
// ---------------------------------------------------------------------------------------------

export function readAsDataUrl(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error ?? new Error('read failed'));
    reader.readAsDataURL(file);
  });
}

/** HEIC/HEIF photos are kept as taken, but most browsers cannot show them. */
export function isBrowserImage(mediaType: string): boolean {
  return mediaType === 'image/jpeg' || mediaType === 'image/png' || mediaType === 'image/webp';
}

export function PhotosSection({ data, taskId }: { data: InspectionTaskDetail; taskId: string }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const handleError = useApiErrorHandler();
  const addPhoto = useAddPhoto(taskId);
  const removePhoto = useRemovePhoto(taskId);
  const input = useRef<HTMLInputElement>(null);
  const canEdit = data.viewer.canEdit;
  const maxMegabytes = maxInspectionPhotoBytes / 1024 / 1024;

  const upload = async (files: FileList | null) => {
    for (const file of Array.from(files ?? [])) {
      const mediaType = photoMediaTypeOf(file);
      if (!mediaType) {
        void message.error(t('randomChecks.fieldInspections.photos.wrongType'));
        continue;
      }
      if (file.size > maxInspectionPhotoBytes) {
        void message.error(t('randomChecks.fieldInspections.photos.tooLarge', { size: maxMegabytes }));
        continue;
      }
      try {
        const photo = await addPhoto.mutateAsync({
          fileName: file.name || 'photo.jpg',
          mediaType,
          contentBase64: base64OfDataUrl(await readAsDataUrl(file)),
          takenAt: file.lastModified ? new Date(Math.min(file.lastModified, Date.now())).toISOString() : null,
        });
        void message.success(
          t('randomChecks.fieldInspections.photos.uploaded', {
            fingerprint: shortenFingerprint(photo.sha256),
          }),
        );
      } catch (error) {
        handleError(error);
      }
    }
    if (input.current) input.current.value = '';
  };

  return (
    <Card
      size="small"
      title={t('randomChecks.fieldInspections.photos.title')}
      data-testid="field-photos"
      extra={<Typography.Text type="secondary">{data.photos.length}</Typography.Text>}
    >
      {canEdit ? (
        <>
          <input
            ref={input}
            type="file"
            accept="image/*"
            capture="environment"
            multiple
            hidden
            onChange={(event) => void upload(event.target.files)}
            data-testid="photo-input"
          />
          <Button
            block
            {...touch}
            icon={<CameraOutlined />}
            loading={addPhoto.isPending}
            onClick={() => input.current?.click()}
            style={{ marginBottom: 12 }}
            data-testid="photo-take"
          >
            {addPhoto.isPending
              ? t('randomChecks.fieldInspections.photos.uploading')
              : t('randomChecks.fieldInspections.photos.take')}
          </Button>
        </>
      ) : null}
      {data.photos.length === 0 ? (
        <Empty
          image={Empty.PRESENTED_IMAGE_SIMPLE}
          description={t('randomChecks.fieldInspections.photos.empty')}
        />
      ) : (
        <Image.PreviewGroup>
          <div
            style={{
              display: 'grid',
              gridTemplateColumns: 'repeat(auto-fill, minmax(150px, 1fr))',
              gap: 10,
            }}
          >
            {data.photos.map((photo) => (
              <Card
                key={photo.id}
                size="small"
                styles={{ body: { padding: 8 } }}
                data-testid="photo-card"
                cover={
                  isBrowserImage(photo.mediaType) ? (
                    <Image
                      src={photoUrl(taskId, photo.id)}
                      alt={photo.caption ?? photo.fileName}
                      height={130}
                      width="100%"
                      style={{ objectFit: 'cover' }}
                    />
                  ) : (
                    <Flex
                      align="center"
                      justify="center"
                      style={{ height: 130, background: '#fafafa', color: '#8c8c8c', fontSize: 12 }}
                    >
                      <a href={photoUrl(taskId, photo.id)} download={photo.fileName}>
                        {t('randomChecks.fieldInspections.photos.noPreview')}
                      </a>
                    </Flex>
                  )
                }
              >
                <Flex vertical gap={2}>
                  <Typography.Text ellipsis style={{ fontSize: 12 }}>
                    {photo.caption ?? photo.fileName}
                  </Typography.Text>
                  <Typography.Text type="secondary" style={{ fontSize: 11 }}>
                    {t('randomChecks.fieldInspections.photos.bytes', {
                      size: Math.max(1, Math.round(photo.byteSize / 1024)),
                    })}{' '}
                    · {formatDateTime(photo.createdAt).slice(5)}
                  </Typography.Text>
                  <Typography.Text
                    code
                    style={{ fontSize: 11 }}
                    copyable={{
                      text: photo.sha256,
                      tooltips: [
                        t('randomChecks.fieldInspections.photos.copy'),
                        t('randomChecks.fieldInspections.photos.copied'),
                      ],
                    }}
                    data-testid="photo-fingerprint"
                    title={photo.sha256}
                  >
                    {shortenFingerprint(photo.sha256)}
                  </Typography.Text>
                  {canEdit ? (
                    <Popconfirm
                      title={t('randomChecks.fieldInspections.photos.removeConfirm')}
                      onConfirm={async () => {
                        try {
                          await removePhoto.mutateAsync(photo.id);
                          void message.success(t('randomChecks.fieldInspections.photos.removed'));
                        } catch (error) {
                          handleError(error);
                        }
                      }}
                    >
                      <Button size="small" danger type="text" icon={<DeleteOutlined />}>
                        {t('randomChecks.fieldInspections.photos.remove')}
                      </Button>
                    </Popconfirm>
                  ) : null}
                </Flex>
              </Card>
            ))}
          </div>
        </Image.PreviewGroup>
      )}
    </Card>
  );
}
