import { NotFoundContent } from '@/components/NotFoundContent'

const NotFound = () => <NotFoundContent />

export default NotFound
